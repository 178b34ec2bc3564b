#pragma once
// The nvlist value model: an ordered list of (name, typed value) pairs, as libnvpair keeps it.
//
// Every ioctl carries nvlists; vdev labels, zpool.cache and send-stream headers hold them.
// This file is only the in-memory model; pack/unpack live in codec.h, JSON in json.h.
//
// Types follow data_type_t of include/sys/nvpair.h (values 1..27). Storage is by kind, not by
// exact width, so that code reading a value does not care how it was stored:
//   signed integers (INT8, INT16, INT32, INT64, HRTIME)     -> int64_t
//   unsigned integers (BYTE, UINT8, UINT16, UINT32, UINT64) -> uint64_t
//   their arrays                                            -> vector<int64_t>/vector<uint64_t>
//   BOOLEAN_ARRAY                                           -> vector<uint64_t> of 0/1
//   BOOLEAN (a flag with no value)                          -> monostate
// The Type tag says what the value is on the wire.

#include "base/result.h"

#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace gzfs::nv {

/// data_type_t, include/sys/nvpair.h. Values are ABI: never renumber.
enum class Type : int32_t {
    Unknown = 0,
    Boolean = 1,
    Byte = 2,
    Int16 = 3,
    Uint16 = 4,
    Int32 = 5,
    Uint32 = 6,
    Int64 = 7,
    Uint64 = 8,
    String = 9,
    ByteArray = 10,
    Int16Array = 11,
    Uint16Array = 12,
    Int32Array = 13,
    Uint32Array = 14,
    Int64Array = 15,
    Uint64Array = 16,
    StringArray = 17,
    Hrtime = 18,
    Nvlist = 19,
    NvlistArray = 20,
    BooleanValue = 21,
    Int8 = 22,
    Uint8 = 23,
    BooleanArray = 24,
    Int8Array = 25,
    Uint8Array = 26,
    Double = 27,
};

/// Lowercase name as libnvpair's nvpair_type names it: "uint64", "nvlist_array", ...
std::string_view type_name(Type type);

/// True for types 1..27.
bool is_valid_type(Type type);

/// True for the *_ARRAY types and NVLIST_ARRAY.
bool is_array_type(Type type);

/// nvflag bits (NV_UNIQUE_NAME, NV_UNIQUE_NAME_TYPE).
inline constexpr uint32_t kUniqueName = 1;
inline constexpr uint32_t kUniqueNameType = 2;

struct Pair;
class Value;

/// An ordered list of pairs plus its nvflag. Copyable, movable, compared deeply (operator==
/// compares flags, names, types and values in order; doubles bit for bit).
///
/// Adding follows libnvpair: with kUniqueName an existing pair of the same name is removed
/// first, with kUniqueNameType one of the same name and type; with neither, duplicates stay.
/// A new pair always goes to the end.
class NvList {
public:
    /// An empty list with NV_UNIQUE_NAME, as fnvlist_alloc() makes.
    NvList();
    explicit NvList(uint32_t flags);
    NvList(const NvList&);
    NvList(NvList&&) noexcept;
    NvList& operator=(const NvList&);
    NvList& operator=(NvList&&) noexcept;
    ~NvList();

    uint32_t flags() const { return flags_; }
    void set_flags(uint32_t flags) { flags_ = flags; }

    const std::vector<Pair>& pairs() const { return pairs_; }
    std::vector<Pair>& pairs() { return pairs_; }
    size_t size() const;
    bool empty() const;

    /// Adds a pair (see the class comment for replace semantics). Returns *this for chaining.
    NvList& add(std::string name, Value value);
    /// Appends without any uniqueness check: for decoders, which keep what the buffer says.
    void append(std::string name, Value value);

    NvList& add_boolean(std::string name);
    NvList& add_boolean_value(std::string name, bool v);
    NvList& add_int32(std::string name, int32_t v);
    NvList& add_uint32(std::string name, uint32_t v);
    NvList& add_int64(std::string name, int64_t v);
    NvList& add_uint64(std::string name, uint64_t v);
    NvList& add_string(std::string name, std::string v);
    NvList& add_nvlist(std::string name, NvList v);
    NvList& add_uint64_array(std::string name, std::vector<uint64_t> v);
    NvList& add_string_array(std::string name, std::vector<std::string> v);
    NvList& add_nvlist_array(std::string name, std::vector<NvList> v);

    /// Removes every pair of that name. Returns how many were removed.
    size_t remove(std::string_view name);

    /// The last pair of that name (libnvpair finds the first; with unique names there is only
    /// one), or nullptr.
    const Pair* find(std::string_view name) const;
    Pair* find(std::string_view name);
    bool contains(std::string_view name) const { return find(name) != nullptr; }

    /// Typed access. T is one of: bool (BOOLEAN_VALUE), int64_t (any signed integer type or
    /// HRTIME), uint64_t (any unsigned integer type or BYTE), int32_t/uint32_t/int16_t/
    /// uint16_t/int8_t/uint8_t (exactly that type), double, std::string, std::string_view
    /// (a view into this list: keep the list alive). A missing key or another type is an
    /// Error naming the key, the expected and the actual type.
    template <typename T>
    Result<T> get(std::string_view name) const;

    /// get<T> through nested nvlists: get<uint64_t>({"vdev_tree", "guid"}).
    template <typename T>
    Result<T> get(std::initializer_list<std::string_view> path) const;

    /// A nested nvlist (NVLIST), borrowed from this list.
    Result<const NvList*> get_nvlist(std::string_view name) const;
    Result<const NvList*> get_nvlist(std::initializer_list<std::string_view> path) const;
    /// NVLIST_ARRAY, borrowed.
    Result<std::span<const NvList>> get_nvlist_array(std::string_view name) const;
    /// Unsigned integer arrays (BYTE/UINT8/16/32/64_ARRAY, BOOLEAN_ARRAY), borrowed.
    Result<std::span<const uint64_t>> get_uint64_array(std::string_view name) const;
    /// Signed integer arrays (INT8/16/32/64_ARRAY), borrowed.
    Result<std::span<const int64_t>> get_int64_array(std::string_view name) const;
    /// STRING_ARRAY, borrowed.
    Result<std::span<const std::string>> get_string_array(std::string_view name) const;

    /// Value of key or fallback when missing or of another type: for optional config keys.
    uint64_t get_or(std::string_view name, uint64_t fallback) const;
    std::string get_or(std::string_view name, std::string_view fallback) const;

    friend bool operator==(const NvList& a, const NvList& b);

private:
    uint32_t flags_;
    std::vector<Pair> pairs_;
};

/// A typed value. Construct with the Type and data of the matching storage kind (see the file
/// comment); a mismatch is a programmer error and throws std::invalid_argument.
class Value {
public:
    using Data = std::variant<std::monostate,           // BOOLEAN
                              bool,                     // BOOLEAN_VALUE
                              int64_t,                  // signed scalars, HRTIME
                              uint64_t,                 // unsigned scalars, BYTE
                              double,                   // DOUBLE
                              std::string,              // STRING
                              std::vector<int64_t>,     // signed arrays
                              std::vector<uint64_t>,    // unsigned arrays, BOOLEAN_ARRAY
                              std::vector<std::string>, // STRING_ARRAY
                              NvList,                   // NVLIST
                              std::vector<NvList>>;     // NVLIST_ARRAY

    Value();                       ///< BOOLEAN (a flag)
    Value(Type type, Data data);   ///< throws std::invalid_argument on a kind mismatch

    static Value boolean() { return Value(); }
    static Value boolean_value(bool v) { return Value(Type::BooleanValue, v); }
    static Value int32(int32_t v) { return Value(Type::Int32, int64_t{v}); }
    static Value uint32(uint32_t v) { return Value(Type::Uint32, uint64_t{v}); }
    static Value int64(int64_t v) { return Value(Type::Int64, v); }
    static Value uint64(uint64_t v) { return Value(Type::Uint64, v); }
    static Value string(std::string v) { return Value(Type::String, std::move(v)); }
    static Value nvlist(NvList v) { return Value(Type::Nvlist, std::move(v)); }

    Type type() const { return type_; }
    const Data& data() const { return data_; }
    Data& data() { return data_; }

    /// Number of elements as nvpair's nelem counts them: 0 for BOOLEAN, 1 for scalars, the
    /// length for arrays.
    size_t nelem() const;

    friend bool operator==(const Value& a, const Value& b);

private:
    Type type_;
    Data data_;
};

struct Pair {
    std::string name;
    Value value;

    friend bool operator==(const Pair& a, const Pair& b) = default;
};

// Defined here, where Pair is complete (clang insists).
inline size_t NvList::size() const { return pairs_.size(); }
inline bool NvList::empty() const { return pairs_.empty(); }

/// Indices into Value::Data: the storage kind of a type (see the file comment).
enum Kind : size_t {
    kFlag, kBool, kSigned, kUnsigned, kDouble, kString,
    kSignedArray, kUnsignedArray, kStringArray, kList, kListArray,
};

/// Which storage kind (index into Value::Data) a type uses.
size_t storage_index(Type type);

/// Range that a signed/unsigned integer type can hold; used to check values before packing.
bool fits_type(Type type, int64_t v);
bool fits_type(Type type, uint64_t v);

} // namespace gzfs::nv
