#pragma once
// Numbers, ratios and dates printed the way zfs and zpool print them (libzfs zfs_nicenum,
// zfs_nicebytes, zfs_prop_get's ratio and date cases). Shared by gzfs and gzpool.

#include <cstdint>
#include <string>

namespace gzfs::out {

/// zfs_nicenum: 1024-based, at most 5 characters, no unit below 1024: "0", "1000", "1.50K",
/// "120M", "16.0E". Exact multiples print without decimals ("128K").
std::string nicenum(uint64_t value);

/// zfs_nicebytes: like nicenum but bytes below 1024 carry "B": "0B", "512B", "1.50K".
std::string nicebytes(uint64_t value);

/// A ratio stored in hundredths (compressratio, dedupratio): "1.00x"; literal (-p): "1.00".
std::string ratio(uint64_t hundredths, bool literal = false);

/// A time_t as zfs prints `creation`: strftime "%a %b %e %k:%M %Y" in local time,
/// e.g. "Wed Nov 25 10:00 2026" or "Thu Nov  5  9:03 2026"; literal: the number.
std::string date(uint64_t seconds, bool literal = false);

/// A time_t as zfs prints `snapshots_changed`: like date() with seconds,
/// "Wed Nov 25  3:08:27 2026".
std::string date_seconds(uint64_t seconds, bool literal = false);

/// A value as exact digits, for -p.
std::string exact(uint64_t value);

} // namespace gzfs::out
