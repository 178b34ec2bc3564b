#pragma once
// Counting the bytes of a send stream as they pass, for progress that scripts can read: a
// thread copies between the caller's fd and a pipe whose other end the kernel reads (receive)
// or writes (send). The kernel's own counter (ZFS_IOC_SEND_PROGRESS) exists only for sends
// and only while the ioctl runs; a pump counts both directions, to the last byte.
//
// The copy thread blocks SIGPIPE for itself, so a reader that went away is an EPIPE error of
// the pump, not the death of the process.

#include "base/result.h"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace gzfs::zfs {

class StreamPump {
public:
    /// Receive side: copies `source` (stdin) into a pipe; the kernel reads fd().
    static Result<std::unique_ptr<StreamPump>> reading(int source);
    /// Send side: the kernel writes fd(); the pump copies it to `sink` (stdout).
    static Result<std::unique_ptr<StreamPump>> writing(int sink);

    ~StreamPump();
    StreamPump(const StreamPump&) = delete;
    StreamPump& operator=(const StreamPump&) = delete;

    /// The pipe end for the kernel (and, receiving, for userland's own record reads).
    int fd() const { return kernel_end_; }
    /// Bytes that passed so far. Sending, this includes what the kernel wrote into the pipe
    /// and the pump has not yet copied: exact once the kernel's ioctl returned.
    uint64_t bytes() const;

    /// Send side: closes the kernel's end and waits until everything reached the sink.
    /// Fails with the sink's errno (EPIPE: the reader went away).
    Status finish();

private:
    StreamPump() = default;
    static Result<std::unique_ptr<StreamPump>> start(int outside, bool reading);
    void run();
    void stop();

    int outside_ = -1;     ///< the caller's fd (not owned)
    int kernel_end_ = -1;  ///< owned
    int pump_end_ = -1;    ///< owned, the pipe end the thread uses
    int cancel_[2] = {-1, -1};
    bool reading_ = false;
    std::atomic<uint64_t> bytes_{0};
    int error_ = 0;
    std::thread thread_;
};

/// Calls `tick` every `interval` seconds on its own thread until stop() (or destruction);
/// stop() returns promptly, without waiting out the interval.
class Ticker {
public:
    Ticker(double interval, std::function<void()> tick);
    ~Ticker();
    Ticker(const Ticker&) = delete;
    Ticker& operator=(const Ticker&) = delete;
    void stop();

private:
    double interval_;
    std::function<void()> tick_;
    std::mutex mutex_;
    std::condition_variable wake_;
    bool done_ = false;
    std::thread thread_;
};

} // namespace gzfs::zfs
