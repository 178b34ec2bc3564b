#pragma once
// The body of both libFuzzer harnesses: unpack the input as one encoding; if it decodes, the
// list must pack again and unpack to the same list. Anything else (a crash, a sanitizer report,
// a broken round trip) is a finding.

#include "nvlist/codec.h"

#include <cstdint>
#include <cstring>
#include <vector>

namespace gzfs::nv::fuzz {

inline int unpack_one(const uint8_t* data, size_t size, Encoding encoding)
{
    // Pin the header so that every input reaches the chosen decoder.
    std::vector<uint8_t> buf(data, data + size);
    if (buf.size() >= 2) {
        buf[0] = uint8_t(encoding);
        buf[1] = 1;
    }
    auto list = unpack(buf);
    if (!list)
        return 0;
    auto again = pack(*list, encoding);
    if (!again)
        __builtin_trap();
    auto back = unpack(*again);
    if (!back || !(*back == *list))
        __builtin_trap();
    return 0;
}

} // namespace gzfs::nv::fuzz
