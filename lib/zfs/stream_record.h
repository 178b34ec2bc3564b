#pragma once
// The records of a ZFS send stream (include/sys/zfs_ioctl.h, dmu_replay_record_t), as far as
// userland has to read them: the BEGIN record that names the stream, where each record's
// payload ends (to skip a stream, zfs receive -n), the compound ("package") header that
// zfs send -I/-p/-R write around their substreams, and the fletcher-4 checksum that the END
// records carry.
//
// Layout (little-endian on x86; a stream from a big-endian host has the magic byteswapped):
// every record is 312 bytes: u32 drr_type, u32 drr_payloadlen, then a 304-byte union whose
// last 32 bytes (offset 280) are the running checksum of the stream so far (not in BEGIN,
// whose drr_toname overlaps it). BEGIN: u64 magic 0x2F5bacbac @8, u64 versioninfo @16 (bits
// 0-1 header type: 1 substream, 2 compound; bits 2-31 feature flags), u64 creation_time @24,
// u32 objset type @32, u32 flags @36, u64 toguid @40, u64 fromguid @48, char toname[256] @56.
// END: zio_cksum_t checksum @8, u64 toguid @40.
// A substream is BEGIN [payload] ... END; a compound stream is BEGIN(compound) [XDR nvlist]
// END, then substreams, then one all-zero END.

#include "base/result.h"

#include <array>
#include <cstdint>
#include <span>
#include <string>

namespace gzfs::zfs {

inline constexpr size_t kRecordSize = 312;
inline constexpr uint64_t kBackupMagic = 0x2F5bacbacULL;
inline constexpr size_t kRecordChecksumOffset = 280;

/// dmu_replay_record_t drr_type.
enum class RecordType : uint32_t {
    Begin = 0, Object, FreeObjects, Write, Free, End, WriteByref, Spill, WriteEmbedded,
    ObjectRange, Redact,
};

/// DMU_SUBSTREAM / DMU_COMPOUNDSTREAM.
inline constexpr uint32_t kSubstream = 1;
inline constexpr uint32_t kCompoundStream = 2;

/// DMU_BACKUP_FEATURE_* bits of versioninfo >> 2 that receive looks at.
inline constexpr uint64_t kFeatureDedup = 1u << 0;
inline constexpr uint64_t kFeatureEmbedData = 1u << 16;
inline constexpr uint64_t kFeatureResuming = 1u << 20;
inline constexpr uint64_t kFeatureRedacted = 1u << 21;
inline constexpr uint64_t kFeatureRaw = 1u << 24;
inline constexpr uint64_t kFeatureHolds = 1u << 26;

/// drr_begin.drr_flags: DRR_FLAG_CLONE.
inline constexpr uint32_t kBeginFlagClone = 1;

using Record = std::array<uint8_t, kRecordSize>;

/// A BEGIN record, decoded (byteswapped when the stream came from the other endianness).
struct BeginRecord {
    bool byteswap = false;
    uint32_t payload_length = 0;
    uint32_t header_type = 0;   ///< kSubstream or kCompoundStream
    uint64_t features = 0;      ///< DMU_BACKUP_FEATURE_* bits
    uint64_t creation_time = 0;
    uint32_t objset_type = 0;   ///< 2 filesystem, 3 volume
    uint32_t flags = 0;
    uint64_t toguid = 0;
    uint64_t fromguid = 0;
    std::string toname;         ///< "fs@snap"

    bool incremental() const { return fromguid != 0; }
    bool clone() const { return flags & kBeginFlagClone; }
};

/// The record's drr_type (byteswapped as `byteswap` says).
uint32_t record_type(const Record& record, bool byteswap);

/// Decodes a BEGIN record. Errors (EINVAL): "invalid stream (bad magic number)", "invalid
/// stream (bad snapshot name)", "stream has unsupported feature, feature flags = ..." for
/// header types other than substream and compound.
Result<BeginRecord> parse_begin(const Record& record);

/// Bytes of payload that follow a record of this type (BEGIN: drr_payloadlen; OBJECT: the
/// bonus buffer; WRITE/SPILL: the (compressed) block; WRITE_EMBEDDED: psize rounded to 8).
uint64_t payload_size(const Record& record, bool byteswap);

/// fletcher-4 over 32-bit native words, continued from `state` (zio_cksum_t: a, b, c, d).
/// Trailing bytes that do not fill a word are not summed, as fletcher_4_native_varsize.
struct Fletcher4 {
    std::array<uint64_t, 4> word{};
    void update(std::span<const uint8_t> bytes);
};

/// The first record of a compound stream naming "fs@snap", with `payload_length` bytes of
/// XDR nvlist to follow (0: none), and the END record that closes the header with
/// `checksum`. `features` as in versioninfo (kFeatureHolds for send -h).
Record compound_begin(const std::string& toname, uint32_t payload_length, uint64_t features);
Record end_record(const Fletcher4& checksum);

/// The END record's checksum words.
std::array<uint64_t, 4> end_checksum(const Record& record, bool byteswap);

} // namespace gzfs::zfs
