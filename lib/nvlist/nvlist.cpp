#include "nvlist/nvlist.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <stdexcept>

namespace gzfs::nv {

namespace {

constexpr std::string_view kTypeNames[] = {
    "unknown",      "boolean",      "byte",          "int16",         "uint16",
    "int32",        "uint32",       "int64",         "uint64",        "string",
    "byte_array",   "int16_array",  "uint16_array",  "int32_array",   "uint32_array",
    "int64_array",  "uint64_array", "string_array",  "hrtime",        "nvlist",
    "nvlist_array", "boolean_value", "int8",         "uint8",         "boolean_array",
    "int8_array",   "uint8_array",  "double",
};

Error missing_key(std::string_view name)
{
    return make_error("nvlist has no key '" + std::string(name) + "'");
}

Error wrong_type(std::string_view name, std::string_view expected, Type actual)
{
    return make_error("nvlist key '" + std::string(name) + "' is " +
                      std::string(type_name(actual)) + ", expected " + std::string(expected));
}

// Finds the pair or explains why not, checking its storage kind.
Result<const Pair*> find_kind(const NvList& list, std::string_view name, size_t kind,
                              std::string_view expected)
{
    const Pair* pair = list.find(name);
    if (!pair)
        return missing_key(name);
    if (pair->value.data().index() != kind)
        return wrong_type(name, expected, pair->value.type());
    return pair;
}

template <typename T>
Result<T> get_exact(const NvList& list, std::string_view name, Type type)
{
    const Pair* pair = list.find(name);
    if (!pair)
        return missing_key(name);
    if (pair->value.type() != type)
        return wrong_type(name, type_name(type), pair->value.type());
    const auto& data = pair->value.data();
    if constexpr (std::is_signed_v<T>)
        return static_cast<T>(std::get<int64_t>(data));
    else
        return static_cast<T>(std::get<uint64_t>(data));
}

} // namespace

std::string_view type_name(Type type)
{
    auto i = static_cast<size_t>(type);
    return i < std::size(kTypeNames) ? kTypeNames[i] : "unknown";
}

bool is_valid_type(Type type)
{
    auto i = static_cast<int32_t>(type);
    return i >= 1 && i <= 27;
}

bool is_array_type(Type type)
{
    switch (type) {
    case Type::ByteArray: case Type::Int16Array: case Type::Uint16Array:
    case Type::Int32Array: case Type::Uint32Array: case Type::Int64Array:
    case Type::Uint64Array: case Type::StringArray: case Type::NvlistArray:
    case Type::BooleanArray: case Type::Int8Array: case Type::Uint8Array:
        return true;
    default:
        return false;
    }
}

size_t storage_index(Type type)
{
    switch (type) {
    case Type::Boolean: return kFlag;
    case Type::BooleanValue: return kBool;
    case Type::Int8: case Type::Int16: case Type::Int32: case Type::Int64: case Type::Hrtime:
        return kSigned;
    case Type::Byte: case Type::Uint8: case Type::Uint16: case Type::Uint32: case Type::Uint64:
        return kUnsigned;
    case Type::Double: return kDouble;
    case Type::String: return kString;
    case Type::Int8Array: case Type::Int16Array: case Type::Int32Array: case Type::Int64Array:
        return kSignedArray;
    case Type::ByteArray: case Type::Uint8Array: case Type::Uint16Array:
    case Type::Uint32Array: case Type::Uint64Array: case Type::BooleanArray:
        return kUnsignedArray;
    case Type::StringArray: return kStringArray;
    case Type::Nvlist: return kList;
    case Type::NvlistArray: return kListArray;
    default:
        throw std::invalid_argument("nvlist: invalid data type " +
                                    std::to_string(static_cast<int32_t>(type)));
    }
}

bool fits_type(Type type, int64_t v)
{
    switch (type) {
    case Type::Int8: case Type::Int8Array: return v >= INT8_MIN && v <= INT8_MAX;
    case Type::Int16: case Type::Int16Array: return v >= INT16_MIN && v <= INT16_MAX;
    case Type::Int32: case Type::Int32Array: return v >= INT32_MIN && v <= INT32_MAX;
    default: return true;
    }
}

bool fits_type(Type type, uint64_t v)
{
    switch (type) {
    case Type::Byte: case Type::Uint8: case Type::ByteArray: case Type::Uint8Array:
        return v <= UINT8_MAX;
    case Type::Uint16: case Type::Uint16Array: return v <= UINT16_MAX;
    case Type::Uint32: case Type::Uint32Array: return v <= UINT32_MAX;
    case Type::BooleanArray: return v <= 1;
    default: return true;
    }
}

// ---- Value ----

Value::Value() : type_(Type::Boolean), data_(std::monostate{}) {}

Value::Value(Type type, Data data) : type_(type), data_(std::move(data))
{
    if (storage_index(type) != data_.index())
        throw std::invalid_argument("nvlist: value of type " + std::string(type_name(type)) +
                                    " built with the wrong storage kind");
}

size_t Value::nelem() const
{
    switch (data_.index()) {
    case kFlag: return 0;
    case kSignedArray: return std::get<kSignedArray>(data_).size();
    case kUnsignedArray: return std::get<kUnsignedArray>(data_).size();
    case kStringArray: return std::get<kStringArray>(data_).size();
    case kListArray: return std::get<kListArray>(data_).size();
    default: return 1;
    }
}

bool operator==(const Value& a, const Value& b)
{
    if (a.type_ != b.type_)
        return false;
    if (a.data_.index() == kDouble) {
        // Bit for bit, so that NaN equals itself and round trips compare equal.
        double x = std::get<kDouble>(a.data_), y = std::get<kDouble>(b.data_);
        return std::memcmp(&x, &y, sizeof x) == 0;
    }
    return a.data_ == b.data_;
}

// ---- NvList ----

NvList::NvList() : flags_(kUniqueName) {}
NvList::NvList(uint32_t flags) : flags_(flags) {}
NvList::NvList(const NvList&) = default;
NvList::NvList(NvList&&) noexcept = default;
NvList& NvList::operator=(const NvList&) = default;
NvList& NvList::operator=(NvList&&) noexcept = default;
NvList::~NvList() = default;

bool operator==(const NvList& a, const NvList& b)
{
    return a.flags_ == b.flags_ && a.pairs_ == b.pairs_;
}

NvList& NvList::add(std::string name, Value value)
{
    if (flags_ & kUniqueName) {
        std::erase_if(pairs_, [&](const Pair& p) { return p.name == name; });
    } else if (flags_ & kUniqueNameType) {
        std::erase_if(pairs_, [&](const Pair& p) {
            return p.name == name && p.value.type() == value.type();
        });
    }
    pairs_.push_back(Pair{std::move(name), std::move(value)});
    return *this;
}

void NvList::append(std::string name, Value value)
{
    pairs_.push_back(Pair{std::move(name), std::move(value)});
}

NvList& NvList::add_boolean(std::string name) { return add(std::move(name), Value()); }
NvList& NvList::add_boolean_value(std::string name, bool v)
{
    return add(std::move(name), Value::boolean_value(v));
}
NvList& NvList::add_int32(std::string name, int32_t v) { return add(std::move(name), Value::int32(v)); }
NvList& NvList::add_uint32(std::string name, uint32_t v) { return add(std::move(name), Value::uint32(v)); }
NvList& NvList::add_int64(std::string name, int64_t v) { return add(std::move(name), Value::int64(v)); }
NvList& NvList::add_uint64(std::string name, uint64_t v) { return add(std::move(name), Value::uint64(v)); }
NvList& NvList::add_string(std::string name, std::string v)
{
    return add(std::move(name), Value::string(std::move(v)));
}
NvList& NvList::add_nvlist(std::string name, NvList v)
{
    return add(std::move(name), Value::nvlist(std::move(v)));
}
NvList& NvList::add_uint64_array(std::string name, std::vector<uint64_t> v)
{
    return add(std::move(name), Value(Type::Uint64Array, std::move(v)));
}
NvList& NvList::add_string_array(std::string name, std::vector<std::string> v)
{
    return add(std::move(name), Value(Type::StringArray, std::move(v)));
}
NvList& NvList::add_nvlist_array(std::string name, std::vector<NvList> v)
{
    return add(std::move(name), Value(Type::NvlistArray, std::move(v)));
}

size_t NvList::remove(std::string_view name)
{
    return std::erase_if(pairs_, [&](const Pair& p) { return p.name == name; });
}

const Pair* NvList::find(std::string_view name) const
{
    for (auto it = pairs_.rbegin(); it != pairs_.rend(); ++it)
        if (it->name == name)
            return &*it;
    return nullptr;
}

Pair* NvList::find(std::string_view name)
{
    return const_cast<Pair*>(std::as_const(*this).find(name));
}

template <>
Result<bool> NvList::get<bool>(std::string_view name) const
{
    auto pair = find_kind(*this, name, kBool, "boolean_value");
    if (!pair)
        return pair.error();
    return std::get<kBool>((*pair)->value.data());
}

template <>
Result<int64_t> NvList::get<int64_t>(std::string_view name) const
{
    auto pair = find_kind(*this, name, kSigned, "a signed integer");
    if (!pair)
        return pair.error();
    return std::get<kSigned>((*pair)->value.data());
}

template <>
Result<uint64_t> NvList::get<uint64_t>(std::string_view name) const
{
    auto pair = find_kind(*this, name, kUnsigned, "an unsigned integer");
    if (!pair)
        return pair.error();
    return std::get<kUnsigned>((*pair)->value.data());
}

template <>
Result<int32_t> NvList::get<int32_t>(std::string_view name) const
{
    return get_exact<int32_t>(*this, name, Type::Int32);
}
template <>
Result<uint32_t> NvList::get<uint32_t>(std::string_view name) const
{
    return get_exact<uint32_t>(*this, name, Type::Uint32);
}
template <>
Result<int16_t> NvList::get<int16_t>(std::string_view name) const
{
    return get_exact<int16_t>(*this, name, Type::Int16);
}
template <>
Result<uint16_t> NvList::get<uint16_t>(std::string_view name) const
{
    return get_exact<uint16_t>(*this, name, Type::Uint16);
}
template <>
Result<int8_t> NvList::get<int8_t>(std::string_view name) const
{
    return get_exact<int8_t>(*this, name, Type::Int8);
}
template <>
Result<uint8_t> NvList::get<uint8_t>(std::string_view name) const
{
    return get_exact<uint8_t>(*this, name, Type::Uint8);
}

template <>
Result<double> NvList::get<double>(std::string_view name) const
{
    auto pair = find_kind(*this, name, kDouble, "double");
    if (!pair)
        return pair.error();
    return std::get<kDouble>((*pair)->value.data());
}

template <>
Result<std::string_view> NvList::get<std::string_view>(std::string_view name) const
{
    auto pair = find_kind(*this, name, kString, "string");
    if (!pair)
        return pair.error();
    return std::string_view(std::get<kString>((*pair)->value.data()));
}

template <>
Result<std::string> NvList::get<std::string>(std::string_view name) const
{
    auto view = get<std::string_view>(name);
    if (!view)
        return view.error();
    return std::string(*view);
}

Result<const NvList*> NvList::get_nvlist(std::string_view name) const
{
    auto pair = find_kind(*this, name, kList, "nvlist");
    if (!pair)
        return pair.error();
    return &std::get<kList>((*pair)->value.data());
}

Result<const NvList*> NvList::get_nvlist(std::initializer_list<std::string_view> path) const
{
    const NvList* list = this;
    for (std::string_view name : path) {
        auto next = list->get_nvlist(name);
        if (!next)
            return next.error();
        list = *next;
    }
    return list;
}

template <typename T>
Result<T> NvList::get(std::initializer_list<std::string_view> path) const
{
    if (path.size() == 0)
        throw std::invalid_argument("nvlist: empty path");
    const NvList* list = this;
    auto last = path.end() - 1;
    for (auto it = path.begin(); it != last; ++it) {
        auto next = list->get_nvlist(*it);
        if (!next)
            return next.error();
        list = *next;
    }
    return list->get<T>(*last);
}

template Result<bool> NvList::get<bool>(std::initializer_list<std::string_view>) const;
template Result<int64_t> NvList::get<int64_t>(std::initializer_list<std::string_view>) const;
template Result<uint64_t> NvList::get<uint64_t>(std::initializer_list<std::string_view>) const;
template Result<int32_t> NvList::get<int32_t>(std::initializer_list<std::string_view>) const;
template Result<uint32_t> NvList::get<uint32_t>(std::initializer_list<std::string_view>) const;
template Result<double> NvList::get<double>(std::initializer_list<std::string_view>) const;
template Result<std::string> NvList::get<std::string>(std::initializer_list<std::string_view>) const;
template Result<std::string_view>
NvList::get<std::string_view>(std::initializer_list<std::string_view>) const;

Result<std::span<const NvList>> NvList::get_nvlist_array(std::string_view name) const
{
    auto pair = find_kind(*this, name, kListArray, "nvlist_array");
    if (!pair)
        return pair.error();
    return std::span<const NvList>(std::get<kListArray>((*pair)->value.data()));
}

Result<std::span<const uint64_t>> NvList::get_uint64_array(std::string_view name) const
{
    auto pair = find_kind(*this, name, kUnsignedArray, "an unsigned integer array");
    if (!pair)
        return pair.error();
    return std::span<const uint64_t>(std::get<kUnsignedArray>((*pair)->value.data()));
}

Result<std::span<const int64_t>> NvList::get_int64_array(std::string_view name) const
{
    auto pair = find_kind(*this, name, kSignedArray, "a signed integer array");
    if (!pair)
        return pair.error();
    return std::span<const int64_t>(std::get<kSignedArray>((*pair)->value.data()));
}

Result<std::span<const std::string>> NvList::get_string_array(std::string_view name) const
{
    auto pair = find_kind(*this, name, kStringArray, "string_array");
    if (!pair)
        return pair.error();
    return std::span<const std::string>(std::get<kStringArray>((*pair)->value.data()));
}

uint64_t NvList::get_or(std::string_view name, uint64_t fallback) const
{
    auto v = get<uint64_t>(name);
    return v ? *v : fallback;
}

std::string NvList::get_or(std::string_view name, std::string_view fallback) const
{
    auto v = get<std::string_view>(name);
    return std::string(v ? *v : fallback);
}

} // namespace gzfs::nv
