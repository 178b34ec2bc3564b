#include "output/pool_import_text.h"

#include <algorithm>

namespace gzfs::out {
namespace {

std::string pad_right(const std::string& s, size_t width)
{
    return s.size() >= width ? s : s + std::string(width - s.size(), ' ');
}

size_t name_width(const Vdev& v, size_t depth)
{
    size_t width = v.name.size() + depth;
    for (const Vdev& c : v.children)
        width = std::max(width, name_width(c, depth + 2));
    return width;
}

std::string import_aux_text(VdevAux aux)
{
    switch (aux) {
    case VdevAux::OpenFailed: return "cannot open";
    case VdevAux::BadGuidSum: return "missing device";
    case VdevAux::NoReplicas: return "insufficient replicas";
    case VdevAux::VersionNewer: return "newer version";
    case VdevAux::ErrExceeded: return "too many errors";
    case VdevAux::Active: return "currently in use";
    case VdevAux::ChildrenOffline: return "all children offline";
    case VdevAux::BadLabel: return "invalid label";
    default: return "corrupted data";
    }
}

void print_vdev(std::string& out, const Vdev& v, size_t depth, size_t width)
{
    std::string state(state_display_name(v.stats.state, v.stats.aux));
    out += "\t" + std::string(depth, ' ') + pad_right(v.name, width - depth);
    if (v.stats.aux != VdevAux::None)
        out += "  " + pad_right(state, 8) + "  " + import_aux_text(v.stats.aux);
    else
        out += "  " + state;
    out += "\n";
    for (const Vdev& c : v.children)
        if (!c.is_log && !c.is_hole && c.alloc_bias.empty())
            print_vdev(out, c, depth + 2, width);
}

std::string action_text(const PoolConfig& pool)
{
    switch (pool.root.stats.state) {
    case VdevStateCode::Healthy:
        return "action: The pool can be imported using its name or numeric identifier.\n";
    case VdevStateCode::Degraded:
        return "action: The pool can be imported despite missing or damaged devices.  The\n"
               "\tfault tolerance of the pool may be compromised if imported.\n";
    default:
        return "action: The pool cannot be imported due to damaged devices or data.\n";
    }
}

} // namespace

std::string render_import_candidate(const PoolConfig& pool, const HealthReport& health,
                                    bool destroyed)
{
    std::string out = "  pool: " + pool.name + "\n    id: " + std::to_string(pool.guid) +
                      "\n state: " + health.state + (destroyed ? " (DESTROYED)" : "") + "\n";
    if (!health.status.empty())
        out += "status: " + std::string(health.status) + "\n";
    out += action_text(pool);
    if (!pool.comment.empty())
        out += "comment: " + pool.comment + "\n";
    if (!health.msgid.empty())
        out += "   see: " + std::string(kMsgUrl) + std::string(health.msgid) + "\n";
    out += "config:\n\n";
    size_t width = std::max<size_t>({pool.name.size(), name_width(pool.root, 0), 10});
    print_vdev(out, pool.root, 0, width);
    if (!pool.l2cache.empty()) {
        out += "\tcache\n";
        for (const Vdev& v : pool.l2cache)
            out += "\t  " + v.name + "\n";
    }
    if (!pool.spares.empty()) {
        out += "\tspares\n";
        for (const Vdev& v : pool.spares)
            out += "\t  " + v.name + "\n";
    }
    for (const char* cls : {"dedup", "special", "logs"}) {
        bool printed = false;
        for (const Vdev& top : pool.root.children) {
            std::string bias = top.is_log ? "logs" : top.alloc_bias;
            if (bias != cls)
                continue;
            if (!printed)
                out += "\t" + std::string(cls) + "\t\n";
            printed = true;
            print_vdev(out, top, 2, width);
        }
    }
    return out;
}

} // namespace gzfs::out
