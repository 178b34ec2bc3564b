#include "output/pool_json.h"

#include "output/number_format.h"
#include "output/pool_status_text.h"

#include <algorithm>
#include <ctime>

namespace gzfs::out {
namespace {

struct VdevJson {
    const PoolConfig& pool;
    const PoolJsonOptions& o;

    Json number(uint64_t n, bool bytes) const
    {
        if (o.json_int)
            return n;
        if (o.literal)
            return std::to_string(n);
        return bytes ? nicebytes(n) : nicenum(n);
    }

    Json vdev(const Vdev& v, bool spare, const std::string& parent, Json* flat) const;
};

bool listed_child(const Vdev& c)
{
    return c.type != "indirect" && !c.is_log && !c.is_hole && c.alloc_bias.empty();
}

Json VdevJson::vdev(const Vdev& v, bool spare, const std::string& parent, Json* flat) const
{
    Json j;
    const VdevStats& vs = v.stats;
    j["name"] = v.name;
    j["vdev_type"] = v.type;
    if (o.json_int)
        j["guid"] = v.guid;
    else
        j["guid"] = std::to_string(v.guid);
    if (!v.path.empty())
        j["path"] = v.path;
    if (!v.phys_path.empty())
        j["phys_path"] = v.phys_path;
    if (!v.devid.empty())
        j["devid"] = v.devid;
    j["class"] = v.vclass;
    if (v.has_stats)
        j["state"] = std::string(state_enum_name(vs.state));
    if (o.flat_vdevs && !parent.empty())
        j["parent"] = parent;
    if (spare) {
        if (vs.aux == VdevAux::Spared)
            j["state"] = "INUSE";
        else if (vs.state == VdevStateCode::Healthy)
            j["state"] = "AVAIL";
    } else {
        if (vs.alloc) j["alloc_space"] = number(vs.alloc, true);
        if (vs.space) j["total_space"] = number(vs.space, true);
        if (vs.dspace) j["def_space"] = number(vs.dspace, true);
        if (vs.rsize) j["rep_dev_size"] = number(vs.rsize, true);
        if (vs.esize) j["ex_dev_size"] = number(vs.esize, true);
        if (vs.self_healed) j["self_healed"] = number(vs.self_healed, true);
        if (vs.pspace) j["phys_space"] = number(vs.pspace, true);
        j["read_errors"] = number(vs.read_errors, false);
        j["write_errors"] = number(vs.write_errors, false);
        j["checksum_errors"] = number(vs.checksum_errors, false);
        if (vs.scan_processed) j["scan_processed"] = number(vs.scan_processed, true);
        if (vs.checkpoint_space) j["checkpoint_space"] = number(vs.checkpoint_space, true);
        if (vs.resilver_deferred) j["resilver_deferred"] = number(vs.resilver_deferred, false);
        if (v.children.empty()) j["slow_ios"] = number(vs.slow_ios, false);
        if (v.has_not_present) {
            j["not_present"] = o.json_int ? Json(1) : Json("1");
            j["was"] = v.path;
        } else if (vs.aux != VdevAux::None) {
            j["aux"] = std::string(aux_enum_name(vs.aux));
        } else if (v.children.empty() && vs.has_physical_ashift &&
                   vs.configured_ashift < vs.physical_ashift) {
            j["configured_ashift"] = number(vs.configured_ashift, false);
            j["physical_ashift"] = number(vs.physical_ashift, false);
        }
        if (vs.scan_removing != 0)
            j["removing"] = number(vs.scan_removing, false);
        else if (vs.has_noalloc && vs.noalloc != 0)
            j["noalloc"] = number(vs.noalloc, false);
    }
    // --json-flat-vdevs: a vdev's "vdevs" holds all its descendants, deepest first, and the
    // caller gets them in *flat too (zpool 2.3 nests and flattens at once).
    Json children = Json::object();
    for (const Vdev& c : v.children) {
        if (!listed_child(c))
            continue;
        Json below = Json::object();
        Json cj = vdev(c, spare, v.name, flat ? &below : nullptr);
        for (auto& [k, val] : below.items())
            children[k] = val;
        children[c.name] = std::move(cj);
    }
    if (!v.children.empty())
        j["vdevs"] = children;
    if (flat)
        for (auto& [k, val] : children.items())
            (*flat)[k] = val;
    return j;
}

Json scan_json(const ScanStats& ps, const PoolJsonOptions& o)
{
    static const char* funcs[] = {"NONE", "SCRUB", "RESILVER", "ERRORSCRUB"};
    static const char* states[] = {"NONE", "SCANNING", "FINISHED", "CANCELED", "ERRORSCRUBBING"};
    auto func = static_cast<size_t>(ps.func), state = static_cast<size_t>(ps.state);
    auto num = [&](uint64_t n, bool bytes) -> Json {
        if (o.json_int)
            return n;
        if (o.literal)
            return std::to_string(n);
        return bytes ? nicebytes(n) : std::to_string(n);
    };
    auto when = [&](uint64_t t) -> Json {
        if (o.json_int)
            return t;
        time_t tt = static_cast<time_t>(t);
        struct tm tm {};
        char buf[64];
        ::localtime_r(&tt, &tm);
        std::strftime(buf, sizeof buf, "%a %b %d %H:%M:%S %Z %Y", &tm);
        return std::string(buf);
    };
    Json j;
    j["function"] = func < 4 ? funcs[func] : "NONE";
    j["state"] = state < 5 ? states[state] : "NONE";
    j["start_time"] = when(ps.start_time);
    j["end_time"] = when(ps.end_time);
    j["to_examine"] = num(ps.to_examine, true);
    j["examined"] = num(ps.examined, true);
    j["skipped"] = num(ps.skipped, true);
    j["processed"] = num(ps.processed, true);
    j["errors"] = num(ps.errors, false);
    j["bytes_per_scan"] = num(ps.pass_exam, true);
    j["pass_start"] = num(ps.pass_start, false);
    j["scrub_pause"] = ps.pass_scrub_pause == 0 && !o.json_int ? Json("-")
                                                                : when(ps.pass_scrub_pause);
    j["scrub_spent_paused"] = num(ps.pass_scrub_spent_paused, false);
    j["issued_bytes_per_scan"] = num(ps.pass_issued, true);
    j["issued"] = num(ps.issued, true);
    return j;
}

} // namespace

Json json_value(const std::string& value, bool json_int)
{
    if (json_int && !value.empty() && value.size() < 20 &&
        std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::stoull(value);
    return value;
}

Json pool_header_json(const PoolConfig& pool, bool with_type, bool json_int)
{
    Json j;
    j["name"] = pool.name;
    if (with_type)
        j["type"] = "POOL";
    j["state"] = pool_state_name(pool);
    if (json_int) {
        if (pool.guid) j["pool_guid"] = pool.guid;
        if (pool.txg) j["txg"] = pool.txg;
        j["spa_version"] = 5000;
        j["zpl_version"] = 5;
    } else {
        if (pool.guid) j["pool_guid"] = std::to_string(pool.guid);
        if (pool.txg) j["txg"] = std::to_string(pool.txg);
        j["spa_version"] = "5000";
        j["zpl_version"] = "5";
    }
    return j;
}

Json pool_status_json(const PoolConfig& pool, const HealthReport& health,
                      const PoolJsonOptions& options)
{
    Json j = pool_header_json(pool, false, options.json_int);
    if (health.health != PoolHealth::Ok) {
        // zpool's JSON keeps the trailing newline of its status:/action: texts
        j["status"] = std::string(health.status) + "\n";
        if (!health.action.empty())
            j["action"] = std::string(health.action) + "\n";
        if (!health.msgid.empty()) {
            j["msgid"] = std::string(health.msgid);
            j["moreinfo"] = std::string(kMsgUrl) + std::string(health.msgid);
        }
    }
    if (pool.scan && pool.scan->func != ScanKind::None)
        j["scan_stats"] = scan_json(*pool.scan, options);
    VdevJson vj{pool, options};
    bool flat = options.flat_vdevs;
    Json all = Json::object();  // --json-flat-vdevs: every vdev lands here
    // Adds one vdev (and, when flat, its descendants first) to `group`.
    auto add = [&](Json& group, const Vdev& v, bool spare) {
        Json below = Json::object();
        Json vjson = vj.vdev(v, spare, "", flat ? &below : nullptr);
        Json& target = flat ? all : group;
        for (auto& [k, val] : below.items())
            target[k] = val;
        target[v.name] = std::move(vjson);
    };
    Json vdevs = Json::object();
    add(vdevs, pool.root, false);
    if (!flat)
        j["vdevs"] = std::move(vdevs);
    for (const char* cls : {"dedup", "special", "logs"}) {
        Json group = Json::object();
        for (const Vdev& top : pool.root.children) {
            std::string bias = top.is_log ? "logs" : top.alloc_bias;
            if (bias == cls && top.type != "indirect")
                add(group, top, false);
        }
        if (!group.empty())
            j[cls] = std::move(group);
    }
    Json cache = Json::object(), spares = Json::object();
    for (const Vdev& v : pool.l2cache)
        add(cache, v, false);
    for (const Vdev& v : pool.spares)
        add(spares, v, true);
    if (!cache.empty())
        j["l2cache"] = std::move(cache);
    if (!spares.empty())
        j["spares"] = std::move(spares);
    if (flat)
        j["vdevs"] = std::move(all);
    if (pool.has_error_count)
        j["error_count"] = options.json_int ? Json(pool.error_count)
                                            : Json(std::to_string(pool.error_count));
    return j;
}

} // namespace gzfs::out
