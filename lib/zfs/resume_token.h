#pragma once
// The receive_resume_token property: what a partial `zfs receive -s` left, so that
// `zfs send -t TOKEN` can continue where the stream broke off.
//
// Format (module dsl_dataset.c get_receive_resume_token, libzfs
// zfs_send_resume_token_to_nvlist): "1-<cksum>-<len>-<payload>", where 1 is the token
// version, <payload> is the hex of a zlib-compressed XDR nvlist, <len> (hex) the nvlist's
// packed (uncompressed) size and <cksum> (hex) the first word of the fletcher-4 checksum of
// the compressed bytes. The nvlist: "object", "offset", "bytes" (sent so far), "toguid",
// "toname" (the snapshot being sent), optional "fromguid" (incremental), and booleans
// "largeblockok", "embedok", "compressok", "rawok", "savedok" for the send flags; redacted
// sends add "redact_snaps"/"book_redact_snaps" (uint64 arrays).

#include "base/result.h"
#include "nvlist/nvlist.h"
#include "zfs/dataset_ops.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace gzfs::zfs {

/// A decoded token.
struct ResumeToken {
    nv::NvList contents;    ///< the whole nvlist, for printing
    std::string toname;
    uint64_t toguid = 0;
    uint64_t fromguid = 0;  ///< 0: a full stream
    uint64_t object = 0;
    uint64_t offset = 0;
    uint64_t bytes = 0;     ///< already received
    SendFlags flags;        ///< from the boolean keys
};

/// Decodes a token. Errors (EINVAL) give the reason as zfs does: "resume token is corrupt
/// (invalid format)", "(invalid version N)", "(payload is not hex-encoded)", "(incorrect
/// checksum)", "(decompression failed)", "(nvlist_unpack failed)", or "resume token is
/// corrupt" when a required key is missing.
Result<ResumeToken> decode_resume_token(std::string_view token);

/// Encodes `contents` the way the kernel does (for tests and tools).
Result<std::string> encode_resume_token(const nv::NvList& contents);

} // namespace gzfs::zfs
