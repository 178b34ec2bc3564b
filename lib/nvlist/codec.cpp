#include "nvlist/codec.h"

#include "nvlist/encodings.h"
#include "nvlist/wire.h"

namespace gzfs::nv {

// nvs_header_t: the first byte says which encoding follows, the second the byte order
// (1 = little endian) that native data was written in.
enum HeaderByte : uint8_t { kEncodingNative = 0, kEncodingXdr = 1 };

Result<std::vector<uint8_t>> pack(const NvList& list, Encoding encoding)
{
    return encoding == Encoding::Xdr ? xdr::pack(list) : native::pack(list);
}

Result<size_t> packed_size(const NvList& list, Encoding encoding)
{
    return encoding == Encoding::Xdr ? xdr::packed_size(list) : native::packed_size(list);
}

Result<NvList> unpack(std::span<const uint8_t> buf)
{
    if (buf.size() < 4)
        return wire::unpack_error("buffer shorter than its 4-byte header", 0);
    switch (buf[0]) {
    case kEncodingNative:
        // Native data is host-endian; libnvpair refuses the other byte order (ENOTSUP).
        if (buf[1] != 1)
            return wire::unpack_error("native encoding is big-endian", 1);
        return native::unpack(buf);
    case kEncodingXdr:
        return xdr::unpack(buf);
    default:
        return wire::unpack_error("unknown encoding " + std::to_string(buf[0]), 0);
    }
}

} // namespace gzfs::nv
