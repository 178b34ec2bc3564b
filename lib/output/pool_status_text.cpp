#include "output/pool_status_text.h"

#include "output/number_format.h"

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace gzfs::out {
namespace {

std::string pad_right(const std::string& s, size_t width)
{
    return s.size() >= width ? s : s + std::string(width - s.size(), ' ');
}

std::string pad_left(const std::string& s, size_t width)
{
    return s.size() >= width ? s : std::string(width - s.size(), ' ') + s;
}

/// max_width(): the widest "indent + name" over the tree, spares and cache at depth 2.
size_t name_width(const Vdev& v, size_t depth)
{
    size_t width = v.name.size() + depth;
    for (const Vdev& c : v.children)
        width = std::max(width, name_width(c, depth + 2));
    return width;
}

bool is_normal_class(const Vdev& v)
{
    return !v.is_log && !v.is_hole && v.alloc_bias.empty();
}

struct Printer {
    const PoolConfig& pool;
    const StatusTextOptions& options;
    size_t width;
    std::string out;

    std::string count(uint64_t n) const { return options.literal ? std::to_string(n) : nicenum(n); }

    void vdev(const Vdev& v, size_t depth, bool spare);
};

void Printer::vdev(const Vdev& v, size_t depth, bool spare)
{
    if (v.type == "indirect")
        return;
    const VdevStats& vs = v.stats;
    std::string state(state_display_name(vs.state, vs.aux));
    if (spare) {
        if (vs.aux == VdevAux::Spared)
            state = "INUSE";
        else if (vs.state == VdevStateCode::Healthy)
            state = "AVAIL";
    }
    out += "\t" + std::string(depth, ' ') + pad_right(v.name, width - depth) + "  " +
           pad_right(state, 8);
    if (!spare)
        out += " " + pad_left(count(vs.read_errors), 5) + " " +
               pad_left(count(vs.write_errors), 5) + " " + pad_left(count(vs.checksum_errors), 5);
    if (v.has_not_present)
        out += "  was " + v.path;
    else if (vs.aux != VdevAux::None)
        out += "  " + std::string(aux_text(vs.aux, vs));
    else if (v.children.empty() && !spare && vs.has_physical_ashift &&
             vs.configured_ashift < vs.physical_ashift)
        out += "  block size: " + std::to_string(1ull << vs.configured_ashift) + "B configured, " +
               std::to_string(1ull << vs.physical_ashift) + "B native";
    if (vs.scan_removing != 0)
        out += "  (removing)";
    else if (vs.has_noalloc && vs.noalloc != 0)
        out += "  (non-allocating)";
    if (pool.scan && pool.scan->state == ScanState::Scanning && v.children.empty() &&
        vs.state == VdevStateCode::Healthy) {
        if (vs.scan_processed != 0)
            out += pool.scan->func == ScanKind::Resilver ? "  (resilvering)" : "  (repairing)";
        else if (vs.resilver_deferred)
            out += "  (awaiting resilver)";
    }
    out += "\n";
    for (const Vdev& c : v.children)
        if (is_normal_class(c))
            vdev(c, depth + 2, spare);
}

std::string format_ctime_line(uint64_t t)
{
    return ctime_string(t) + "\n";
}

std::string scrub_resilver(const ScanStats& ps, uint64_t now)
{
    bool resilver = ps.func == ScanKind::Resilver;
    std::string processed = nicebytes(ps.processed);
    std::string out = "  scan: ";
    if (ps.state == ScanState::Finished) {
        out += std::string(resilver ? "resilvered " : "scrub repaired ") + processed + " in " +
               duration_dhms(ps.end_time - ps.start_time) + " with " +
               std::to_string(ps.errors) + " errors on " + format_ctime_line(ps.end_time);
        return out;
    }
    if (ps.state == ScanState::Canceled)
        return out + (resilver ? "resilver" : "scrub") + " canceled on " +
               format_ctime_line(ps.end_time);
    uint64_t pause = ps.pass_scrub_pause;
    if (resilver)
        out += "resilver in progress since " + format_ctime_line(ps.start_time);
    else if (pause == 0)
        out += "scrub in progress since " + format_ctime_line(ps.start_time);
    else
        out += "scrub paused since " + format_ctime_line(pause) + "\tscrub started on " +
               format_ctime_line(ps.start_time);
    uint64_t total_i = ps.to_examine - ps.skipped;
    double fraction = total_i ? static_cast<double>(ps.issued) / static_cast<double>(total_i) : 0;
    int64_t elapsed = static_cast<int64_t>(now) - static_cast<int64_t>(ps.pass_start) -
                      static_cast<int64_t>(ps.pass_scrub_spent_paused);
    if (elapsed <= 0)
        elapsed = 1;
    uint64_t scan_rate = ps.pass_exam / static_cast<uint64_t>(elapsed);
    uint64_t issue_rate = ps.pass_issued / static_cast<uint64_t>(elapsed);
    out += "\t" + nicebytes(ps.examined) + " / " + nicebytes(ps.to_examine) + " scanned";
    if (scan_rate > 0 && pause == 0)
        out += " at " + nicebytes(scan_rate) + "/s";
    out += ", " + nicebytes(ps.issued) + " / " + nicebytes(total_i) + " issued";
    if (issue_rate > 0 && pause == 0)
        out += " at " + nicebytes(issue_rate) + "/s";
    out += "\n";
    char pct[32];
    std::snprintf(pct, sizeof pct, "%.2f%%", 100 * fraction);
    out += "\t" + processed + (resilver ? " resilvered, " : " repaired, ") + pct + " done";
    if (pause != 0)
        return out + "\n";
    if (total_i >= ps.issued && issue_rate >= 10 * 1024 * 1024 &&
        ((resilver && ps.processed > 0) || (!resilver && ps.issued > 0)))
        return out + ", " + duration_dhms((total_i - ps.issued) / issue_rate) + " to go\n";
    return out + ", no estimated completion time\n";
}

} // namespace

std::string duration_dhms(uint64_t total)
{
    uint64_t days = total / 86400, hours = (total / 3600) % 24, mins = (total / 60) % 60,
             secs = total % 60;
    char buf[64];
    if (days > 0)
        std::snprintf(buf, sizeof buf, "%llu days %02llu:%02llu:%02llu",
                      static_cast<unsigned long long>(days), static_cast<unsigned long long>(hours),
                      static_cast<unsigned long long>(mins), static_cast<unsigned long long>(secs));
    else
        std::snprintf(buf, sizeof buf, "%02llu:%02llu:%02llu",
                      static_cast<unsigned long long>(hours), static_cast<unsigned long long>(mins),
                      static_cast<unsigned long long>(secs));
    return buf;
}

std::string ctime_string(uint64_t seconds)
{
    time_t t = static_cast<time_t>(seconds);
    char buf[64];
    std::string s = ::ctime_r(&t, buf) ? buf : "";
    if (!s.empty() && s.back() == '\n')
        s.pop_back();
    return s;
}

std::string render_scan_status(const PoolConfig& pool, uint64_t now)
{
    if (!pool.scan)
        return "";
    const ScanStats& ps = *pool.scan;
    if (ps.func != ScanKind::Scrub && ps.func != ScanKind::Resilver)
        return "";
    if (now == 0)
        now = static_cast<uint64_t>(::time(nullptr));
    return scrub_resilver(ps, now);
}

std::string render_pool_status(const PoolConfig& pool, const HealthReport& health,
                               const StatusTextOptions& options)
{
    std::string out = "  pool: " + pool.name + "\n state: " + health.state + "\n";
    if (!health.status.empty())
        out += "status: " + std::string(health.status) + "\n";
    if (!health.action.empty())
        out += "action: " + std::string(health.action) + "\n";
    if (!health.msgid.empty())
        out += "   see: " + std::string(kMsgUrl) + std::string(health.msgid) + "\n";
    out += render_scan_status(pool, options.now);

    size_t width = std::max(pool.name.size(), name_width(pool.root, 0));
    for (const auto* aux : {&pool.spares, &pool.l2cache})
        for (const Vdev& v : *aux)
            width = std::max(width, name_width(v, 2));
    width = std::max<size_t>(width, 10);

    Printer p{pool, options, width, {}};
    p.out = "config:\n\n\t" + pad_right("NAME", width) + "  " + pad_right("STATE", 8) + " " +
            pad_left("READ", 5) + " " + pad_left("WRITE", 5) + " " + pad_left("CKSUM", 5) + "\n";
    p.vdev(pool.root, 0, false);
    for (const char* cls : {"dedup", "special", "logs"}) {
        bool printed = false;
        for (const Vdev& top : pool.root.children) {
            std::string bias = top.is_log ? "logs" : top.alloc_bias;
            if (bias != cls || (!top.is_log && top.type == "indirect"))
                continue;
            if (!printed)
                p.out += "\t" + std::string(cls) + "\t\n";
            printed = true;
            p.vdev(top, 2, false);
        }
    }
    if (!pool.l2cache.empty()) {
        p.out += "\tcache\n";
        for (const Vdev& v : pool.l2cache)
            p.vdev(v, 2, false);
    }
    if (!pool.spares.empty()) {
        p.out += "\tspares\n";
        for (const Vdev& v : pool.spares)
            p.vdev(v, 2, true);
    }
    out += p.out;
    if (pool.has_error_count) {
        if (pool.error_count == 0)
            out += "\nerrors: No known data errors\n";
        else
            out += "\nerrors: " + nicenum(pool.error_count) + " data errors, use '-v' for a list\n";
    }
    return out;
}

} // namespace gzfs::out
