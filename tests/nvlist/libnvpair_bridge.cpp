#include "libnvpair_bridge.h"

#include <libnvpair.h>

#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>

// libspl's <assert.h> shadows the system one for every file built with libnvpair's include
// path (the whole oracle binary, Catch2 included) and declares libspl_assertf without
// extern "C"; libnvpair exports it as a C symbol. This gives C++ callers their definition.
void libspl_assertf(const char* file, const char* func, int line, const char* format, ...)
{
    va_list args;
    va_start(args, format);
    std::fprintf(stderr, "ASSERT at %s:%d:%s(): ", file, line, func);
    std::vfprintf(stderr, format, args);
    va_end(args);
    std::abort();
}

// Under ASan (scripts/test sanitize): libnvpair is an uninstrumented system library, and on
// some corrupted native buffers it runs strlen() past the end of the nvpair it copied (a name
// whose nul lies outside nvp_size). ASan sees that only through its strlen interceptor and
// aborts the whole oracle binary, although the fault is libnvpair's and the test wants its
// verdict. Our own decoder never calls strlen on input, so the interceptor is dispensable here;
// ASAN_OPTIONS from the environment still add to this.
extern "C" const char* __asan_default_options()
{
    return "intercept_strlen=0";
}

namespace gzfs::nv::oracle {

void LibFree::operator()(nvlist* list) const { nvlist_free(list); }

namespace {

int lib_encoding(Encoding encoding)
{
    return encoding == Encoding::Xdr ? NV_ENCODE_XDR : NV_ENCODE_NATIVE;
}

template <typename Wire, typename Stored>
std::vector<Wire> narrow(const std::vector<Stored>& v)
{
    std::vector<Wire> out;
    for (Stored x : v)
        out.push_back(static_cast<Wire>(x));
    return out;
}

// nvlist_add_* for one pair; returns its error.
int add(nvlist_t* out, const Pair& pair)
{
    const char* name = pair.name.c_str();
    const auto& d = pair.value.data();
    auto i = [&] { return std::get<int64_t>(d); };
    auto u = [&] { return std::get<uint64_t>(d); };
    auto ia = [&] { return std::get<std::vector<int64_t>>(d); };
    auto ua = [&] { return std::get<std::vector<uint64_t>>(d); };
    switch (pair.value.type()) {
    case Type::Boolean: return nvlist_add_boolean(out, name);
    case Type::BooleanValue:
        return nvlist_add_boolean_value(out, name, std::get<bool>(d) ? B_TRUE : B_FALSE);
    case Type::Byte: return nvlist_add_byte(out, name, uchar_t(u()));
    case Type::Int8: return nvlist_add_int8(out, name, int8_t(i()));
    case Type::Uint8: return nvlist_add_uint8(out, name, uint8_t(u()));
    case Type::Int16: return nvlist_add_int16(out, name, int16_t(i()));
    case Type::Uint16: return nvlist_add_uint16(out, name, uint16_t(u()));
    case Type::Int32: return nvlist_add_int32(out, name, int32_t(i()));
    case Type::Uint32: return nvlist_add_uint32(out, name, uint32_t(u()));
    case Type::Int64: return nvlist_add_int64(out, name, i());
    case Type::Uint64: return nvlist_add_uint64(out, name, u());
    case Type::Hrtime: return nvlist_add_hrtime(out, name, i());
    case Type::Double: return nvlist_add_double(out, name, std::get<double>(d));
    case Type::String: return nvlist_add_string(out, name, std::get<std::string>(d).c_str());
    case Type::BooleanArray: {
        auto v = narrow<boolean_t>(ua());
        return nvlist_add_boolean_array(out, name, v.data(), v.size());
    }
    case Type::ByteArray: {
        auto v = narrow<uchar_t>(ua());
        return nvlist_add_byte_array(out, name, v.data(), v.size());
    }
    case Type::Int8Array: {
        auto v = narrow<int8_t>(ia());
        return nvlist_add_int8_array(out, name, v.data(), v.size());
    }
    case Type::Uint8Array: {
        auto v = narrow<uint8_t>(ua());
        return nvlist_add_uint8_array(out, name, v.data(), v.size());
    }
    case Type::Int16Array: {
        auto v = narrow<int16_t>(ia());
        return nvlist_add_int16_array(out, name, v.data(), v.size());
    }
    case Type::Uint16Array: {
        auto v = narrow<uint16_t>(ua());
        return nvlist_add_uint16_array(out, name, v.data(), v.size());
    }
    case Type::Int32Array: {
        auto v = narrow<int32_t>(ia());
        return nvlist_add_int32_array(out, name, v.data(), v.size());
    }
    case Type::Uint32Array: {
        auto v = narrow<uint32_t>(ua());
        return nvlist_add_uint32_array(out, name, v.data(), v.size());
    }
    case Type::Int64Array: {
        const auto& v = std::get<std::vector<int64_t>>(d);
        return nvlist_add_int64_array(out, name, v.data(), v.size());
    }
    case Type::Uint64Array: {
        const auto& v = std::get<std::vector<uint64_t>>(d);
        return nvlist_add_uint64_array(out, name, v.data(), v.size());
    }
    case Type::StringArray: {
        std::vector<const char*> v;
        for (const auto& s : std::get<std::vector<std::string>>(d))
            v.push_back(s.c_str());
        return nvlist_add_string_array(out, name, v.data(), v.size());
    }
    case Type::Nvlist: return nvlist_add_nvlist(out, name, to_lib(std::get<NvList>(d)).get());
    case Type::NvlistArray: {
        std::vector<LibList> owned;
        std::vector<const nvlist_t*> v;
        for (const NvList& child : std::get<std::vector<NvList>>(d)) {
            owned.push_back(to_lib(child));
            v.push_back(owned.back().get());
        }
        return nvlist_add_nvlist_array(out, name, v.data(), v.size());
    }
    default: return EINVAL;
    }
}

template <typename Wire, typename Stored, typename Get>
Value array(nvpair_t* p, Type type, Get get)
{
    Wire* data = nullptr;
    uint_t n = 0;
    if (get(p, &data, &n) != 0)
        throw std::runtime_error("nvpair_value array failed");
    std::vector<Stored> out;
    for (uint_t k = 0; k < n; ++k)
        out.push_back(static_cast<Stored>(data[k]));
    return Value(type, std::move(out));
}

Value value(nvpair_t* p)
{
    const auto type = static_cast<Type>(nvpair_type(p));
    switch (type) {
    case Type::Boolean: return Value();
    case Type::BooleanValue: return Value(type, fnvpair_value_boolean_value(p) == B_TRUE);
    case Type::Byte: return Value(type, uint64_t{fnvpair_value_byte(p)});
    case Type::Int8: return Value(type, int64_t{fnvpair_value_int8(p)});
    case Type::Uint8: return Value(type, uint64_t{fnvpair_value_uint8(p)});
    case Type::Int16: return Value(type, int64_t{fnvpair_value_int16(p)});
    case Type::Uint16: return Value(type, uint64_t{fnvpair_value_uint16(p)});
    case Type::Int32: return Value(type, int64_t{fnvpair_value_int32(p)});
    case Type::Uint32: return Value(type, uint64_t{fnvpair_value_uint32(p)});
    case Type::Int64: return Value(type, int64_t{fnvpair_value_int64(p)});
    case Type::Uint64: return Value(type, uint64_t{fnvpair_value_uint64(p)});
    case Type::Hrtime: {
        hrtime_t v;
        nvpair_value_hrtime(p, &v);
        return Value(type, int64_t{v});
    }
    case Type::Double: {
        double v;
        nvpair_value_double(p, &v);
        return Value(type, v);
    }
    case Type::String: return Value(type, std::string(fnvpair_value_string(p)));
    case Type::BooleanArray:
        return array<boolean_t, uint64_t>(p, type, nvpair_value_boolean_array);
    case Type::ByteArray: return array<uchar_t, uint64_t>(p, type, nvpair_value_byte_array);
    case Type::Int8Array: return array<int8_t, int64_t>(p, type, nvpair_value_int8_array);
    case Type::Uint8Array: return array<uint8_t, uint64_t>(p, type, nvpair_value_uint8_array);
    case Type::Int16Array: return array<int16_t, int64_t>(p, type, nvpair_value_int16_array);
    case Type::Uint16Array:
        return array<uint16_t, uint64_t>(p, type, nvpair_value_uint16_array);
    case Type::Int32Array: return array<int32_t, int64_t>(p, type, nvpair_value_int32_array);
    case Type::Uint32Array:
        return array<uint32_t, uint64_t>(p, type, nvpair_value_uint32_array);
    case Type::Int64Array: return array<int64_t, int64_t>(p, type, nvpair_value_int64_array);
    case Type::Uint64Array:
        return array<uint64_t, uint64_t>(p, type, nvpair_value_uint64_array);
    case Type::StringArray: {
        const char** data = nullptr;
        uint_t n = 0;
        nvpair_value_string_array(p, &data, &n);
        return Value(type, std::vector<std::string>(data, data + n));
    }
    case Type::Nvlist: return Value(type, from_lib(fnvpair_value_nvlist(p)));
    case Type::NvlistArray: {
        nvlist_t** data = nullptr;
        uint_t n = 0;
        nvpair_value_nvlist_array(p, &data, &n);
        std::vector<NvList> lists;
        for (uint_t k = 0; k < n; ++k)
            lists.push_back(from_lib(data[k]));
        return Value(type, std::move(lists));
    }
    default: throw std::runtime_error("unknown libnvpair type");
    }
}

} // namespace

LibList to_lib(const NvList& list)
{
    nvlist_t* out = nullptr;
    if (nvlist_alloc(&out, list.flags(), 0) != 0)
        throw std::runtime_error("nvlist_alloc failed");
    LibList owned(out);
    for (const Pair& pair : list.pairs())
        if (int err = add(out, pair); err != 0)
            throw std::runtime_error("nvlist_add '" + pair.name.substr(0, 40) +
                                     "' failed: " + std::to_string(err));
    return owned;
}

NvList from_lib(nvlist* list)
{
    NvList out(nvlist_nvflag(list));
    for (nvpair_t* p = nvlist_next_nvpair(list, nullptr); p; p = nvlist_next_nvpair(list, p))
        out.append(nvpair_name(p), value(p));
    return out;
}

Result<std::vector<uint8_t>> lib_pack(nvlist* list, Encoding encoding)
{
    char* buf = nullptr;
    size_t size = 0;
    if (int err = nvlist_pack(list, &buf, &size, lib_encoding(encoding), 0); err != 0)
        return make_error("nvlist_pack failed", err);
    std::vector<uint8_t> out(buf, buf + size);
    free(buf);
    return out;
}

Result<size_t> lib_size(nvlist* list, Encoding encoding)
{
    size_t size = 0;
    if (int err = nvlist_size(list, &size, lib_encoding(encoding)); err != 0)
        return make_error("nvlist_size failed", err);
    return size;
}

Result<LibList> lib_unpack(std::span<const uint8_t> buf)
{
    // nvlist_unpack takes a char* but only reads it; XDR wants it 4-byte aligned.
    std::vector<uint64_t> aligned;
    char* data = reinterpret_cast<char*>(const_cast<uint8_t*>(buf.data()));
    if (reinterpret_cast<uintptr_t>(data) % 8 != 0) {
        aligned.resize((buf.size() + 7) / 8);
        std::memcpy(aligned.data(), buf.data(), buf.size());
        data = reinterpret_cast<char*>(aligned.data());
    }
    nvlist_t* out = nullptr;
    if (int err = nvlist_unpack(data, buf.size(), &out, 0); err != 0)
        return make_error("nvlist_unpack failed", err);
    return LibList(out);
}

} // namespace gzfs::nv::oracle
