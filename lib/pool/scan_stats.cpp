#include "pool/scan_stats.h"

namespace gzfs {

ScanStats decode_scan_stats(std::span<const uint64_t> raw)
{
    auto at = [&](size_t i) { return i < raw.size() ? raw[i] : 0; };
    ScanStats s;
    s.func = static_cast<ScanKind>(at(0));
    s.state = static_cast<ScanState>(at(1));
    s.start_time = at(2), s.end_time = at(3), s.to_examine = at(4), s.examined = at(5);
    s.skipped = at(6), s.processed = at(7), s.errors = at(8), s.pass_exam = at(9);
    s.pass_start = at(10), s.pass_scrub_pause = at(11), s.pass_scrub_spent_paused = at(12);
    s.pass_issued = at(13), s.issued = at(14);
    s.error_scrub_func = at(15), s.error_scrub_state = at(16), s.error_scrub_start = at(17);
    s.error_scrub_end = at(18), s.error_scrub_examined = at(19);
    s.error_scrub_to_be_examined = at(20), s.pass_error_scrub_pause = at(21);
    s.has_error_scrub = raw.size() > 21;
    return s;
}

} // namespace gzfs
