// Generated from libzfs 2.3.2 (zfs_prop_get_table()) on the host; facts, see property_table.h.
#include "zfs/property_table.h"

namespace gzfs::zfs {

namespace {

using Kind = PropKind;
using Attr = PropAttr;

constexpr IndexValue k_mounted[] = {{"off", 0u}, {"on", 1u}};
constexpr IndexValue k_checksum[] = {{"on", 1u}, {"off", 2u}, {"fletcher2", 6u}, {"fletcher4", 7u}, {"sha256", 8u}, {"noparity", 10u}, {"sha512", 11u}, {"skein", 12u}, {"edonr", 13u}, {"blake3", 14u}};
constexpr IndexValue k_compression[] = {{"on", 1u}, {"off", 2u}, {"lzjb", 3u}, {"gzip", 10u}, {"gzip-1", 5u}, {"gzip-2", 6u}, {"gzip-3", 7u}, {"gzip-4", 8u}, {"gzip-5", 9u}, {"gzip-6", 10u}, {"gzip-7", 11u}, {"gzip-8", 12u}, {"gzip-9", 13u}, {"zle", 14u}, {"lz4", 15u}, {"zstd", 16u}, {"zstd-fast", 13200u}, {"zstd-1", 144u}, {"zstd-2", 272u}, {"zstd-3", 400u}, {"zstd-4", 528u}, {"zstd-5", 656u}, {"zstd-6", 784u}, {"zstd-7", 912u}, {"zstd-8", 1040u}, {"zstd-9", 1168u}, {"zstd-10", 1296u}, {"zstd-11", 1424u}, {"zstd-12", 1552u}, {"zstd-13", 1680u}, {"zstd-14", 1808u}, {"zstd-15", 1936u}, {"zstd-16", 2064u}, {"zstd-17", 2192u}, {"zstd-18", 2320u}, {"zstd-19", 2448u}, {"zstd-fast-1", 13200u}, {"zstd-fast-2", 13328u}, {"zstd-fast-3", 13456u}, {"zstd-fast-4", 13584u}, {"zstd-fast-5", 13712u}, {"zstd-fast-6", 13840u}, {"zstd-fast-7", 13968u}, {"zstd-fast-8", 14096u}, {"zstd-fast-9", 14224u}, {"zstd-fast-10", 14352u}, {"zstd-fast-20", 14480u}, {"zstd-fast-30", 14608u}, {"zstd-fast-40", 14736u}, {"zstd-fast-50", 14864u}, {"zstd-fast-60", 14992u}, {"zstd-fast-70", 15120u}, {"zstd-fast-80", 15248u}, {"zstd-fast-90", 15376u}, {"zstd-fast-100", 15504u}, {"zstd-fast-500", 15632u}, {"zstd-fast-1000", 15760u}};
constexpr IndexValue k_atime[] = {{"off", 0u}, {"on", 1u}};
constexpr IndexValue k_devices[] = {{"off", 0u}, {"on", 1u}};
constexpr IndexValue k_exec[] = {{"off", 0u}, {"on", 1u}};
constexpr IndexValue k_setuid[] = {{"off", 0u}, {"on", 1u}};
constexpr IndexValue k_readonly[] = {{"off", 0u}, {"on", 1u}};
constexpr IndexValue k_zoned[] = {{"off", 0u}, {"on", 1u}};
constexpr IndexValue k_snapdir[] = {{"hidden", 0u}, {"visible", 1u}, {"disabled", 2u}};
constexpr IndexValue k_aclmode[] = {{"discard", 0u}, {"groupmask", 2u}, {"passthrough", 3u}, {"restricted", 4u}};
constexpr IndexValue k_aclinherit[] = {{"discard", 0u}, {"noallow", 1u}, {"restricted", 4u}, {"passthrough", 3u}, {"secure", 4u}, {"passthrough-x", 5u}};
constexpr IndexValue k_canmount[] = {{"off", 0u}, {"on", 1u}, {"noauto", 2u}};
constexpr IndexValue k_xattr[] = {{"off", 0u}, {"on", 2u}, {"sa", 2u}, {"dir", 1u}};
constexpr IndexValue k_copies[] = {{"1", 1u}, {"2", 2u}, {"3", 3u}};
constexpr IndexValue k_version[] = {{"1", 1u}, {"2", 2u}, {"3", 3u}, {"4", 4u}, {"5", 5u}, {"current", 5u}};
constexpr IndexValue k_utf8only[] = {{"off", 0u}, {"on", 1u}};
constexpr IndexValue k_normalization[] = {{"none", 0u}, {"formD", 16u}, {"formKC", 96u}, {"formC", 80u}, {"formKD", 32u}};
constexpr IndexValue k_casesensitivity[] = {{"sensitive", 0u}, {"insensitive", 1u}, {"mixed", 2u}};
constexpr IndexValue k_vscan[] = {{"off", 0u}, {"on", 1u}};
constexpr IndexValue k_nbmand[] = {{"off", 0u}, {"on", 1u}};
constexpr IndexValue k_primarycache[] = {{"none", 0u}, {"metadata", 1u}, {"all", 2u}};
constexpr IndexValue k_secondarycache[] = {{"none", 0u}, {"metadata", 1u}, {"all", 2u}};
constexpr IndexValue k_defer_destroy[] = {{"off", 0u}, {"on", 1u}};
constexpr IndexValue k_logbias[] = {{"latency", 0u}, {"throughput", 1u}};
constexpr IndexValue k_dedup[] = {{"on", 1u}, {"off", 2u}, {"verify", 257u}, {"sha256", 8u}, {"sha256,verify", 264u}, {"sha512", 11u}, {"sha512,verify", 267u}, {"skein", 12u}, {"skein,verify", 268u}, {"edonr,verify", 269u}, {"blake3", 14u}, {"blake3,verify", 270u}};
constexpr IndexValue k_sync[] = {{"standard", 0u}, {"always", 1u}, {"disabled", 2u}};
constexpr IndexValue k_dnodesize[] = {{"legacy", 0u}, {"auto", 1u}, {"1k", 1024u}, {"2k", 2048u}, {"4k", 4096u}, {"8k", 8192u}, {"16k", 16384u}};
constexpr IndexValue k_volmode[] = {{"default", 0u}, {"full", 1u}, {"geom", 1u}, {"dev", 2u}, {"none", 3u}};
constexpr IndexValue k_snapdev[] = {{"hidden", 0u}, {"visible", 1u}};
constexpr IndexValue k_acltype[] = {{"off", 0u}, {"posix", 1u}, {"nfsv4", 2u}, {"disabled", 0u}, {"noacl", 0u}, {"posixacl", 1u}};
constexpr IndexValue k_relatime[] = {{"off", 0u}, {"on", 1u}};
constexpr IndexValue k_redundant_metadata[] = {{"all", 0u}, {"most", 1u}, {"some", 2u}, {"none", 3u}};
constexpr IndexValue k_overlay[] = {{"off", 0u}, {"on", 1u}};
constexpr IndexValue k_encryption[] = {{"on", 1u}, {"off", 2u}, {"aes-128-ccm", 3u}, {"aes-192-ccm", 4u}, {"aes-256-ccm", 5u}, {"aes-128-gcm", 6u}, {"aes-192-gcm", 7u}, {"aes-256-gcm", 8u}};
constexpr IndexValue k_keyformat[] = {{"none", 0u}, {"raw", 1u}, {"hex", 2u}, {"passphrase", 3u}};
constexpr IndexValue k_keystatus[] = {{"none", 0u}, {"unavailable", 1u}, {"available", 2u}};
constexpr IndexValue k_prefetch[] = {{"none", 0u}, {"metadata", 1u}, {"all", 2u}};
constexpr IndexValue k_volthreading[] = {{"off", 0u}, {"on", 1u}};
constexpr IndexValue k_direct[] = {{"disabled", 0u}, {"standard", 1u}, {"always", 2u}};
constexpr IndexValue k_longname[] = {{"off", 0u}, {"on", 1u}};

constexpr PropertyDef kProperties[] = {
    {"type", 0, Kind::String, nullptr, 0u, Attr::ReadOnly, 0x17, "filesystem | volume | snapshot | bookmark", "TYPE", false, true, {}, true},
    {"creation", 1, Kind::Number, nullptr, 0u, Attr::ReadOnly, 0x17, "<date>", "CREATION", false, true, {}, true},
    {"used", 2, Kind::Number, nullptr, 0u, Attr::ReadOnly, 0x7, "<size>", "USED", true, true, {}, false},
    {"available", 3, Kind::Number, nullptr, 0u, Attr::ReadOnly, 0x5, "<size>", "AVAIL", true, true, {}, false},
    {"referenced", 4, Kind::Number, nullptr, 0u, Attr::ReadOnly, 0x17, "<size>", "REFER", true, true, {}, false},
    {"compressratio", 5, Kind::Number, nullptr, 0u, Attr::ReadOnly, 0x17, "<1.00x or higher if compressed>", "RATIO", true, true, {}, false},
    {"mounted", 6, Kind::Index, nullptr, 0u, Attr::ReadOnly, 0x1, "yes | no", "MOUNTED", false, true, k_mounted, true},
    {"origin", 7, Kind::String, nullptr, 0u, Attr::ReadOnly, 0x5, "<snapshot>", "ORIGIN", false, true, {}, true},
    {"quota", 8, Kind::Number, nullptr, 0u, Attr::Default, 0x1, "<size> | none", "QUOTA", true, true, {}, false},
    {"reservation", 9, Kind::Number, nullptr, 0u, Attr::Default, 0x5, "<size> | none", "RESERV", true, true, {}, false},
    {"volsize", 10, Kind::Number, nullptr, 0u, Attr::Default, 0x6, "<size>", "VOLSIZE", true, true, {}, false},
    {"volblocksize", 11, Kind::Number, nullptr, 16384u, Attr::OneTime, 0x4, "512 to 128k, power of 2", "VOLBLOCK", true, true, {}, false},
    {"recordsize", 12, Kind::Number, nullptr, 131072u, Attr::Inherit, 0x1, "512 to 1M, power of 2", "RECSIZE", true, true, {}, false},
    {"mountpoint", 13, Kind::String, "/", 0u, Attr::Inherit, 0x1, "<path> | legacy | none", "MOUNTPOINT", false, true, {}, true},
    {"sharenfs", 14, Kind::String, "off", 0u, Attr::Inherit, 0x1, "on | off | NFS share options", "SHARENFS", false, true, {}, true},
    {"checksum", 15, Kind::Index, nullptr, 1u, Attr::Inherit, 0x5, "on | off | fletcher2 | fletcher4 | sha256 | sha512 | skein | edonr | blake3", "CHECKSUM", false, true, k_checksum, true},
    {"compression", 16, Kind::Index, nullptr, 1u, Attr::Inherit, 0x5, "on | off | lzjb | gzip | gzip-[1-9] | zle | lz4 | zstd | zstd-[1-19] | zstd-fast | zstd-fast-[1-10,20,30,40,50,60,70,80,90,100,500,1000]", "COMPRESS", false, true, k_compression, true},
    {"atime", 17, Kind::Index, nullptr, 1u, Attr::Inherit, 0x1, "on | off", "ATIME", false, true, k_atime, true},
    {"devices", 18, Kind::Index, nullptr, 1u, Attr::Inherit, 0x3, "on | off", "DEVICES", false, true, k_devices, true},
    {"exec", 19, Kind::Index, nullptr, 1u, Attr::Inherit, 0x3, "on | off", "EXEC", false, true, k_exec, true},
    {"setuid", 20, Kind::Index, nullptr, 1u, Attr::Inherit, 0x3, "on | off", "SETUID", false, true, k_setuid, true},
    {"readonly", 21, Kind::Index, nullptr, 0u, Attr::Inherit, 0x5, "on | off", "RDONLY", false, true, k_readonly, true},
    {"zoned", 22, Kind::Index, nullptr, 0u, Attr::Inherit, 0x1, "on | off", "ZONED", false, true, k_zoned, true},
    {"snapdir", 23, Kind::Index, nullptr, 0u, Attr::Inherit, 0x1, "disabled | hidden | visible", "SNAPDIR", false, true, k_snapdir, true},
    {"aclmode", 24, Kind::Index, nullptr, 0u, Attr::Inherit, 0x1, "discard | groupmask | passthrough | restricted", "ACLMODE", false, true, k_aclmode, true},
    {"aclinherit", 25, Kind::Index, nullptr, 4u, Attr::Inherit, 0x1, "discard | noallow | restricted | passthrough | passthrough-x", "ACLINHERIT", false, true, k_aclinherit, true},
    {"createtxg", 26, Kind::Number, nullptr, 0u, Attr::ReadOnly, 0x17, "<uint64>", "CREATETXG", true, true, {}, true},
    {"name", 27, Kind::String, nullptr, 0u, Attr::ReadOnly, 0x17, nullptr, "NAME", false, false, {}, true},
    {"canmount", 28, Kind::Index, nullptr, 1u, Attr::Default, 0x1, "on | off | noauto", "CANMOUNT", false, true, k_canmount, true},
    {"iscsioptions", 29, Kind::String, nullptr, 0u, Attr::Inherit, 0x4, nullptr, "ISCSIOPTIONS", false, false, {}, true},
    {"xattr", 30, Kind::Index, nullptr, 2u, Attr::Inherit, 0x3, "on | off | dir | sa", "XATTR", false, true, k_xattr, true},
    {"numclones", 31, Kind::Number, nullptr, 0u, Attr::ReadOnly, 0x2, nullptr, "NUMCLONES", true, false, {}, false},
    {"copies", 32, Kind::Index, nullptr, 1u, Attr::Inherit, 0x5, "1 | 2 | 3", "COPIES", false, true, k_copies, true},
    {"version", 33, Kind::Index, nullptr, 0u, Attr::Default, 0x3, "1 | 2 | 3 | 4 | 5 | current", "VERSION", false, true, k_version, true},
    {"utf8only", 34, Kind::Index, nullptr, 0u, Attr::OneTime, 0x3, "on | off", "UTF8ONLY", false, true, k_utf8only, true},
    {"normalization", 35, Kind::Index, nullptr, 0u, Attr::OneTime, 0x3, "none | formC | formD | formKC | formKD", "NORMALIZATION", false, true, k_normalization, true},
    {"casesensitivity", 36, Kind::Index, nullptr, 0u, Attr::OneTime, 0x3, "sensitive | insensitive | mixed", "CASE", false, true, k_casesensitivity, true},
    {"vscan", 37, Kind::Index, nullptr, 0u, Attr::Inherit, 0x1, "on | off", "VSCAN", false, true, k_vscan, true},
    {"nbmand", 38, Kind::Index, nullptr, 0u, Attr::Inherit, 0x3, "on | off", "NBMAND", false, true, k_nbmand, true},
    {"sharesmb", 39, Kind::String, "off", 0u, Attr::Inherit, 0x1, "on | off | SMB share options", "SHARESMB", false, true, {}, true},
    {"refquota", 40, Kind::Number, nullptr, 0u, Attr::Default, 0x1, "<size> | none", "REFQUOTA", true, true, {}, false},
    {"refreservation", 41, Kind::Number, nullptr, 0u, Attr::Default, 0x5, "<size> | none", "REFRESERV", true, true, {}, false},
    {"guid", 42, Kind::Number, nullptr, 0u, Attr::ReadOnly, 0x17, "<uint64>", "GUID", true, true, {}, true},
    {"primarycache", 43, Kind::Index, nullptr, 2u, Attr::Inherit, 0x7, "all | none | metadata", "PRIMARYCACHE", false, true, k_primarycache, true},
    {"secondarycache", 44, Kind::Index, nullptr, 2u, Attr::Inherit, 0x7, "all | none | metadata", "SECONDARYCACHE", false, true, k_secondarycache, true},
    {"usedbysnapshots", 45, Kind::Number, nullptr, 0u, Attr::ReadOnly, 0x5, "<size>", "USEDSNAP", true, true, {}, false},
    {"usedbydataset", 46, Kind::Number, nullptr, 0u, Attr::ReadOnly, 0x5, "<size>", "USEDDS", true, true, {}, false},
    {"usedbychildren", 47, Kind::Number, nullptr, 0u, Attr::ReadOnly, 0x5, "<size>", "USEDCHILD", true, true, {}, false},
    {"usedbyrefreservation", 48, Kind::Number, nullptr, 0u, Attr::ReadOnly, 0x5, "<size>", "USEDREFRESERV", true, true, {}, false},
    {"useraccounting", 49, Kind::Number, nullptr, 0u, Attr::ReadOnly, 0x7, nullptr, "USERACCOUNTING", true, false, {}, false},
    {"stmf_sbd_lu", 50, Kind::String, nullptr, 0u, Attr::Inherit, 0x4, nullptr, "STMF_SBD_LU", false, false, {}, true},
    {"defer_destroy", 51, Kind::Index, nullptr, 0u, Attr::ReadOnly, 0x2, "yes | no", "DEFER_DESTROY", false, true, k_defer_destroy, true},
    {"userrefs", 52, Kind::Number, nullptr, 0u, Attr::ReadOnly, 0x2, "<count>", "USERREFS", true, true, {}, false},
    {"logbias", 53, Kind::Index, nullptr, 0u, Attr::Inherit, 0x5, "latency | throughput", "LOGBIAS", false, true, k_logbias, true},
    {"unique", 54, Kind::Number, nullptr, 0u, Attr::ReadOnly, 0x7, nullptr, "UNIQUE", true, false, {}, false},
    {"objsetid", 55, Kind::Number, nullptr, 0u, Attr::ReadOnly, 0x7, "<uint64>", "OBJSETID", true, true, {}, true},
    {"dedup", 56, Kind::Index, nullptr, 2u, Attr::Inherit, 0x5, "on | off | verify | sha256[,verify] | sha512[,verify] | skein[,verify] | edonr,verify | blake3[,verify]", "DEDUP", false, true, k_dedup, true},
    {"mlslabel", 57, Kind::String, "none", 0u, Attr::Inherit, 0x7, "<sensitivity label>", "MLSLABEL", false, true, {}, true},
    {"sync", 58, Kind::Index, nullptr, 0u, Attr::Inherit, 0x5, "standard | always | disabled", "SYNC", false, true, k_sync, true},
    {"dnodesize", 59, Kind::Index, nullptr, 0u, Attr::Inherit, 0x1, "legacy | auto | 1k | 2k | 4k | 8k | 16k", "DNSIZE", false, true, k_dnodesize, true},
    {"refcompressratio", 60, Kind::Number, nullptr, 0u, Attr::ReadOnly, 0x7, "<1.00x or higher if compressed>", "REFRATIO", true, true, {}, false},
    {"written", 61, Kind::Number, nullptr, 0u, Attr::ReadOnly, 0x7, "<size>", "WRITTEN", true, true, {}, false},
    {"clones", 62, Kind::String, nullptr, 0u, Attr::ReadOnly, 0x2, "<dataset>[,...]", "CLONES", false, true, {}, true},
    {"logicalused", 63, Kind::Number, nullptr, 0u, Attr::ReadOnly, 0x5, "<size>", "LUSED", true, true, {}, false},
    {"logicalreferenced", 64, Kind::Number, nullptr, 0u, Attr::ReadOnly, 0x17, "<size>", "LREFER", true, true, {}, false},
    {"inconsistent", 65, Kind::Number, nullptr, 0u, Attr::ReadOnly, 0x7, nullptr, "INCONSISTENT", true, false, {}, false},
    {"volmode", 66, Kind::Index, nullptr, 0u, Attr::Inherit, 0x5, "default | full | geom | dev | none", "VOLMODE", false, true, k_volmode, true},
    {"filesystem_limit", 67, Kind::Number, nullptr, 18446744073709551615u, Attr::Default, 0x1, "<count> | none", "FSLIMIT", true, true, {}, false},
    {"snapshot_limit", 68, Kind::Number, nullptr, 18446744073709551615u, Attr::Default, 0x5, "<count> | none", "SSLIMIT", true, true, {}, false},
    {"filesystem_count", 69, Kind::Number, nullptr, 18446744073709551615u, Attr::ReadOnly, 0x1, "<count>", "FSCOUNT", true, true, {}, false},
    {"snapshot_count", 70, Kind::Number, nullptr, 18446744073709551615u, Attr::ReadOnly, 0x5, "<count>", "SSCOUNT", true, true, {}, false},
    {"snapdev", 71, Kind::Index, nullptr, 0u, Attr::Inherit, 0x5, "hidden | visible", "SNAPDEV", false, true, k_snapdev, true},
    {"acltype", 72, Kind::Index, nullptr, 0u, Attr::Inherit, 0x3, "off | nfsv4 | posix", "ACLTYPE", false, true, k_acltype, true},
    {"context", 73, Kind::String, "none", 0u, Attr::Default, 0x7, "<selinux context>", "CONTEXT", false, true, {}, true},
    {"fscontext", 74, Kind::String, "none", 0u, Attr::Default, 0x7, "<selinux fscontext>", "FSCONTEXT", false, true, {}, true},
    {"defcontext", 75, Kind::String, "none", 0u, Attr::Default, 0x7, "<selinux defcontext>", "DEFCONTEXT", false, true, {}, true},
    {"rootcontext", 76, Kind::String, "none", 0u, Attr::Default, 0x7, "<selinux rootcontext>", "ROOTCONTEXT", false, true, {}, true},
    {"relatime", 77, Kind::Index, nullptr, 1u, Attr::Inherit, 0x1, "on | off", "RELATIME", false, true, k_relatime, true},
    {"redundant_metadata", 78, Kind::Index, nullptr, 0u, Attr::Inherit, 0x5, "all | most | some | none", "REDUND_MD", false, true, k_redundant_metadata, true},
    {"overlay", 79, Kind::Index, nullptr, 1u, Attr::Inherit, 0x1, "on | off", "OVERLAY", false, true, k_overlay, true},
    {"prevsnap", 80, Kind::String, nullptr, 0u, Attr::ReadOnly, 0x5, nullptr, "PREVSNAP", false, false, {}, true},
    {"receive_resume_token", 81, Kind::String, nullptr, 0u, Attr::ReadOnly, 0x5, "<string token>", "RESUMETOK", false, true, {}, true},
    {"encryption", 82, Kind::Index, nullptr, 2u, Attr::OneTime, 0x7, "on | off | aes-128-ccm | aes-192-ccm | aes-256-ccm | aes-128-gcm | aes-192-gcm | aes-256-gcm", "ENCRYPTION", false, true, k_encryption, true},
    {"keylocation", 83, Kind::String, "none", 0u, Attr::Default, 0x5, "prompt | <file URI> | <https URL> | <http URL>", "KEYLOCATION", false, true, {}, true},
    {"keyformat", 84, Kind::Index, nullptr, 0u, Attr::OneTimeDefault, 0x5, "none | raw | hex | passphrase", "KEYFORMAT", false, true, k_keyformat, true},
    {"pbkdf2salt", 85, Kind::Number, nullptr, 0u, Attr::OneTimeDefault, 0x5, nullptr, "PBKDF2SALT", true, false, {}, false},
    {"pbkdf2iters", 86, Kind::Number, nullptr, 0u, Attr::OneTimeDefault, 0x5, "<iters>", "PBKDF2ITERS", true, true, {}, true},
    {"encryptionroot", 87, Kind::String, nullptr, 0u, Attr::ReadOnly, 0x7, "<filesystem | volume>", "ENCROOT", false, true, {}, true},
    {"keyguid", 88, Kind::Number, nullptr, 0u, Attr::ReadOnly, 0x7, nullptr, "KEYGUID", true, false, {}, true},
    {"keystatus", 89, Kind::Index, nullptr, 0u, Attr::ReadOnly, 0x7, "none | unavailable | available", "KEYSTATUS", false, true, k_keystatus, true},
    {"remaptxg", 90, Kind::Number, nullptr, 0u, Attr::ReadOnly, 0x7, nullptr, "REMAPTXG", true, false, {}, false},
    {"special_small_blocks", 91, Kind::Number, nullptr, 0u, Attr::Inherit, 0x1, "zero or 512 to 1M, power of 2", "SPECIAL_SMALL_BLOCKS", true, true, {}, false},
    {"ivsetguid", 92, Kind::Number, nullptr, 0u, Attr::ReadOnly, 0x17, nullptr, "IVSETGUID", true, false, {}, true},
    {"redacted", 93, Kind::Number, nullptr, 0u, Attr::ReadOnly, 0x7, nullptr, "REDACTED", true, false, {}, false},
    {"redact_snaps", 94, Kind::String, nullptr, 0u, Attr::ReadOnly, 0x17, "<snapshot>[,...]", "RSNAPS", false, true, {}, true},
    {"snapshots_changed", 95, Kind::Number, nullptr, 0u, Attr::ReadOnly, 0x5, "<date>", "SNAPSHOTS_CHANGED", false, true, {}, true},
    {"prefetch", 96, Kind::Index, nullptr, 2u, Attr::Inherit, 0x7, "none | metadata | all", "PREFETCH", false, true, k_prefetch, true},
    {"volthreading", 97, Kind::Index, nullptr, 1u, Attr::Default, 0x4, "on | off", "zvol threading", false, true, k_volthreading, true},
    {"direct", 98, Kind::Index, nullptr, 1u, Attr::Inherit, 0x1, "disabled | standard | always", "DIRECT", false, true, k_direct, true},
    {"longname", 99, Kind::Index, nullptr, 0u, Attr::Inherit, 0x1, "on | off", "LONGNAME", false, true, k_longname, true},
};

} // namespace

std::span<const PropertyDef> property_table()
{
    return kProperties;
}

} // namespace gzfs::zfs
