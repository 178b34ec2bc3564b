#include "nvlist/wire.h"

#include <cerrno>
#include <string>

namespace gzfs::nv::wire {

uint64_t native_elem_size(Type type)
{
    switch (type) {
    case Type::Boolean:
        return 0;
    case Type::Byte: case Type::Int8: case Type::Uint8:
    case Type::ByteArray: case Type::Int8Array: case Type::Uint8Array:
        return 1;
    case Type::Int16: case Type::Uint16: case Type::Int16Array: case Type::Uint16Array:
        return 2;
    // boolean_t is an int in libnvpair.
    case Type::BooleanValue: case Type::BooleanArray:
    case Type::Int32: case Type::Uint32: case Type::Int32Array: case Type::Uint32Array:
        return 4;
    case Type::Int64: case Type::Uint64: case Type::Hrtime: case Type::Double:
    case Type::Int64Array: case Type::Uint64Array:
    case Type::StringArray: case Type::NvlistArray:
        return 8;
    case Type::String:
        return 0;
    case Type::Nvlist:
        return kListHeader;
    default:
        return 0;
    }
}

uint64_t native_value_size(const Value& value)
{
    const Type type = value.type();
    switch (type) {
    case Type::String:
        return std::get<std::string>(value.data()).size() + 1;
    case Type::StringArray: {
        const auto& strings = std::get<std::vector<std::string>>(value.data());
        uint64_t size = 8 * strings.size();
        for (const auto& s : strings)
            size += s.size() + 1;
        return size;
    }
    case Type::NvlistArray:
        return (8 + kListHeader) * value.nelem();
    default:
        if (is_array_type(type))
            return native_elem_size(type) * value.nelem();
        return native_elem_size(type);
    }
}

bool valid_nelem(Type type, uint64_t nelem)
{
    if (type == Type::Boolean)
        return nelem == 0;
    if (is_array_type(type))
        return true;
    return nelem == 1;
}

namespace {

template <typename T>
bool all_fit(Type type, const std::vector<T>& values)
{
    for (T v : values)
        if (!fits_type(type, v))
            return false;
    return true;
}

std::string quoted(std::string_view name)
{
    return "'" + std::string(name.substr(0, 64)) + (name.size() > 64 ? "...'" : "'");
}

} // namespace

std::string pack_problem(std::string_view name, const Value& value)
{
    if (name.size() > kMaxNameLength)
        return "name " + quoted(name) + " is longer than 32766 bytes";
    const Type type = value.type();
    bool fits = true;
    const auto& data = value.data();
    if (const auto* v = std::get_if<int64_t>(&data))
        fits = fits_type(type, *v);
    else if (const auto* v = std::get_if<uint64_t>(&data))
        fits = fits_type(type, *v);
    else if (const auto* v = std::get_if<std::vector<int64_t>>(&data))
        fits = type == Type::Int64Array || all_fit(type, *v);
    else if (const auto* v = std::get_if<std::vector<uint64_t>>(&data))
        fits = type == Type::Uint64Array || all_fit(type, *v);
    if (!fits)
        return "value of " + quoted(name) + " does not fit in " + std::string(type_name(type));
    return {};
}

Error pack_error(std::string reason)
{
    return make_error("cannot pack nvlist: " + reason, EINVAL);
}

Error unpack_error(std::string_view reason, uint64_t offset)
{
    return make_error("cannot unpack nvlist: " + std::string(reason) + " at byte " +
                          std::to_string(offset),
                      EINVAL);
}

} // namespace gzfs::nv::wire
