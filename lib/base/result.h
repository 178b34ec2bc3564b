#pragma once
// Result<T>: the return value of every fallible operation in lib/.
// lib/ never prints and never exits; it hands an Error up to the caller (cmd/), which decides.

#include <string>
#include <utility>
#include <variant>

namespace gzfs {

/// What went wrong: the system errno, ZFS's own error code (zfs_errno_t, >= 1024, or 0), and a
/// one-line message, already in the form "cannot <verb> '<name>': <reason>" where it names an
/// object.
struct Error {
    int sys_errno = 0;      ///< errno of the failing call, 0 if none (e.g. a parse error)
    int zfs_error = 0;      ///< zfs_errno_t value (>= 1024) when the kernel gave one, else 0
    std::string message;    ///< human-readable, one line, no trailing newline
};

/// Builds an Error with just a message (errno 0): for parse and validation failures.
inline Error make_error(std::string message, int sys_errno = 0, int zfs_error = 0)
{
    return Error{sys_errno, zfs_error, std::move(message)};
}

/// Either a T or an Error. Check with `ok()` (or `if (r)`), then `value()` or `error()`.
/// Accessing the wrong side is a programmer error and throws std::bad_variant_access.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : state_(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return state_.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(state_); }
    const T& value() const& { return std::get<0>(state_); }
    T&& value() && { return std::get<0>(std::move(state_)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(state_); }
    Error& error() { return std::get<1>(state_); }

private:
    std::variant<T, Error> state_;
};

/// Result of an operation that returns nothing on success.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : error_(std::move(error)), failed_(true) {}

    bool ok() const { return !failed_; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return error_; }
    Error& error() { return error_; }

private:
    Error error_;
    bool failed_ = false;
};

using Status = Result<void>;

} // namespace gzfs
