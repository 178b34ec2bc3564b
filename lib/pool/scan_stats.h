#pragma once
// pool_scan_stat_t: the "scan_stats" uint64 array of the root vdev (scrub and resilver).
// 2.2 appended the error-scrub fields (15..21); older modules give 15 values.

#include <cstdint>
#include <span>

namespace gzfs {

enum class ScanKind : uint64_t { None = 0, Scrub = 1, Resilver = 2, ErrorScrub = 3 };
enum class ScanState : uint64_t { None = 0, Scanning = 1, Finished = 2, Canceled = 3,
                                  ErrorScrubbing = 4 };

struct ScanStats {
    ScanKind func = ScanKind::None;
    ScanState state = ScanState::None;
    uint64_t start_time = 0, end_time = 0, to_examine = 0, examined = 0, skipped = 0;
    uint64_t processed = 0, errors = 0, pass_exam = 0, pass_start = 0, pass_scrub_pause = 0;
    uint64_t pass_scrub_spent_paused = 0, pass_issued = 0, issued = 0;
    uint64_t error_scrub_func = 0, error_scrub_state = 0, error_scrub_start = 0;
    uint64_t error_scrub_end = 0, error_scrub_examined = 0, error_scrub_to_be_examined = 0;
    uint64_t pass_error_scrub_pause = 0;
    bool has_error_scrub = false;
};

ScanStats decode_scan_stats(std::span<const uint64_t> raw);

} // namespace gzfs
