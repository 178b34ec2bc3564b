// ioctl_probe: pool operations (lib/pool/pool_ops.h).
#include "probe.h"

#include "nvlist/codec.h"
#include "nvlist/json.h"
#include "pool/pool_ops.h"

#include <fstream>
#include <map>

namespace probe {

using namespace gzfs;

namespace {

Result<Json> done(Status st)
{
    if (!st)
        return st.error();
    return ok_json();
}

Result<Json> as_json(Result<nv::NvList> r)
{
    if (!r)
        return r.error();
    return nv::to_json(*r);
}

nv::NvList file_vdev(const std::string& path)
{
    nv::NvList v;
    v.add_string("type", "file").add_string("path", path).add_uint64("is_log", 0);
    return v;
}

// "f1 f2" -> two top-level file vdevs; "mirror f1 f2" -> one mirror.
nv::NvList root_vdev(const Args& args, size_t from)
{
    std::vector<nv::NvList> tops;
    for (size_t i = from; i < args.size(); ++i) {
        if (args[i].find('=') != std::string::npos)
            continue; // a property
        if (args[i] == "mirror") {
            std::vector<nv::NvList> kids;
            while (i + 1 < args.size() && args[i + 1].find('=') == std::string::npos)
                kids.push_back(file_vdev(args[++i]));
            nv::NvList m;
            m.add_string("type", "mirror").add_nvlist_array("children", kids);
            m.add_uint64("is_log", 0);
            tops.push_back(m);
        } else {
            tops.push_back(file_vdev(args[i]));
        }
    }
    nv::NvList root;
    root.add_string("type", "root").add_nvlist_array("children", tops);
    return root;
}

// The config nvlist of a vdev's first label: XDR in vp_nvlist at 16 KiB (vdev_label_t).
Result<nv::NvList> read_label(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::vector<uint8_t> buf(112 * 1024 - 40);
    in.seekg(16 * 1024);
    if (!in.read(reinterpret_cast<char*>(buf.data()), buf.size()))
        return make_error("cannot read label of '" + path + "'", EIO);
    return nv::unpack(buf);
}

// What libzfs's import scan assembles from labels: the pool keys of a label and a root vdev
// whose children are the labels' top-level vdevs by id. Test-only: gzpool owns real scanning.
Result<nv::NvList> import_config(const Args& files)
{
    nv::NvList config;
    std::map<uint64_t, nv::NvList> tops;
    for (const std::string& f : files) {
        auto label = read_label(f);
        if (!label)
            return label.error();
        auto top = label->get_nvlist("vdev_tree");
        if (!top)
            return top.error();
        tops[(*top)->get_or("id", uint64_t{0})] = **top;
        if (config.empty()) {
            for (const char* k : {"name", "pool_guid", "version", "state", "txg", "hostid",
                                  "hostname"})
                if (const nv::Pair* p = label->find(k))
                    config.add(p->name, p->value);
        }
    }
    std::vector<nv::NvList> kids;
    for (auto& [id, top] : tops)
        kids.push_back(top);
    nv::NvList root;
    root.add_string("type", "root").add_uint64("id", 0);
    root.add_uint64("guid", config.get_or("pool_guid", uint64_t{0}));
    root.add_nvlist_array("children", kids);
    config.add_nvlist("vdev_tree", root);
    return config;
}

ScrubCmd scrub_cmd(const Args& a, ScanFunc& func)
{
    std::string what = a.size() > 1 ? a[1] : "";
    if (what == "cancel")
        func = ScanFunc::None;
    return what == "pause" ? ScrubCmd::Pause : ScrubCmd::Normal;
}

Result<VdevGuids> guids(Client& c, const std::string& pool, const Args& a, size_t from)
{
    VdevGuids out;
    for (size_t i = from; i < a.size(); ++i) {
        auto g = vdev_guid(c, pool, a[i]);
        if (!g)
            return g.error();
        out[a[i]] = *g;
    }
    return out;
}

template <typename Cmd>
Cmd command(const std::string& s)
{
    return s == "cancel" ? Cmd::Cancel : s == "suspend" ? Cmd::Suspend : Cmd::Start;
}

WaitActivity activity(const std::string& s)
{
    static const std::map<std::string, WaitActivity> names = {
        {"discard", WaitActivity::CheckpointDiscard}, {"free", WaitActivity::Free},
        {"initialize", WaitActivity::Initialize},     {"replace", WaitActivity::Replace},
        {"remove", WaitActivity::Remove},             {"resilver", WaitActivity::Resilver},
        {"scrub", WaitActivity::Scrub},               {"trim", WaitActivity::Trim}};
    auto it = names.find(s);
    return it == names.end() ? WaitActivity::Scrub : it->second;
}

VdevState state(const std::string& s)
{
    return s == "offline" ? VdevState::Offline
           : s == "fault" ? VdevState::Faulted
           : s == "degrade" ? VdevState::Degraded
                            : VdevState::Online;
}

Result<Json> with_guid(Client& c, const Args& a, std::function<Status(uint64_t)> fn)
{
    auto g = vdev_guid(c, a[0], a[1]);
    if (!g)
        return g.error();
    return done(fn(*g));
}

} // namespace

std::vector<Op> pool_ops()
{
    return {
        {"version", "", 0, [](Client& c, const Args&) -> Result<Json> {
             return Json{{"text", c.module().text}, {"version", c.version().str()},
                         {"family", c.layout().family}, {"cmd_size", c.layout().size}};
         }},
        {"pool_configs", "[GENERATION]", 0, [](Client& c, const Args& a) -> Result<Json> {
             auto r = pool_configs(c, a.empty() ? 0 : std::stoull(a[0]));
             if (!r)
                 return r.error();
             return Json{{"changed", r->changed}, {"generation", r->generation},
                         {"pools", nv::to_json(r->configs)}};
         }},
        {"pool_stats", "POOL", 1, [](Client& c, const Args& a) -> Result<Json> {
             auto r = pool_stats(c, a[0]);
             if (!r)
                 return r.error();
             return Json{{"pool_error", r->pool_error}, {"config", nv::to_json(r->config)}};
         }},
        {"pool_create", "POOL [PROP=V]... [mirror] FILE...", 2,
         [](Client& c, const Args& a) {
             return done(pool_create(c, {a[0], root_vdev(a, 1), parse_props(a, 1), {}, {}}));
         }},
        {"pool_destroy", "POOL", 1,
         [](Client& c, const Args& a) { return done(pool_destroy(c, a[0])); }},
        {"pool_export", "POOL [force]", 1,
         [](Client& c, const Args& a) { return done(pool_export(c, a[0], a.size() > 1)); }},
        {"pool_tryimport", "FILE...", 1, [](Client& c, const Args& a) -> Result<Json> {
             auto config = import_config(a);
             if (!config)
                 return config.error();
             return as_json(pool_tryimport(c, *config));
         }},
        {"pool_import", "NEWNAME|- FILE...", 2, [](Client& c, const Args& a) -> Result<Json> {
             auto config = import_config(Args(a.begin() + 1, a.end()));
             if (!config)
                 return config.error();
             auto tried = pool_tryimport(c, *config);
             if (!tried)
                 return tried.error();
             PoolImportArgs args;
             args.name = a[0] == "-" ? tried->get_or("name", "") : a[0];
             args.guid = tried->get_or("pool_guid", uint64_t{0});
             args.config = *tried;
             return as_json(pool_import(c, args));
         }},
        {"pool_scrub", "POOL [cancel|pause]", 1, [](Client& c, const Args& a) {
             ScanFunc f = ScanFunc::Scrub;
             ScrubCmd cmd = scrub_cmd(a, f);
             return done(pool_scrub(c, a[0], f, cmd));
         }},
        {"pool_scan", "POOL [cancel|pause]", 1, [](Client& c, const Args& a) {
             ScanFunc f = ScanFunc::Scrub;
             ScrubCmd cmd = scrub_cmd(a, f);
             return done(pool_scan(c, a[0], f, cmd));
         }},
        {"pool_get_props", "POOL [NAME]...", 1, [](Client& c, const Args& a) {
             return as_json(pool_get_props(c, a[0], Args(a.begin() + 1, a.end())));
         }},
        {"pool_set_props", "POOL PROP=V...", 2, [](Client& c, const Args& a) {
             return done(pool_set_props(c, a[0], parse_props(a, 1)));
         }},
        {"vdev_add", "POOL [mirror] FILE...", 2,
         [](Client& c, const Args& a) { return done(vdev_add(c, a[0], root_vdev(a, 1))); }},
        {"vdev_remove", "POOL PATH", 2, [](Client& c, const Args& a) {
             return with_guid(c, a, [&](uint64_t g) { return vdev_remove(c, a[0], g); });
         }},
        {"vdev_set_state", "POOL PATH online|offline|fault|degrade", 3,
         [](Client& c, const Args& a) -> Result<Json> {
             auto g = vdev_guid(c, a[0], a[1]);
             if (!g)
                 return g.error();
             // Faulting takes a vdev_aux_t in zc_obj: 14 VDEV_AUX_EXTERNAL, as zpool offline -f.
             uint64_t flags = a[2] == "fault" || a[2] == "degrade" ? 14 : 0;
             auto r = vdev_set_state(c, a[0], *g, state(a[2]), flags);
             if (!r)
                 return r.error();
             return Json{{"state", *r}};
         }},
        {"vdev_attach", "POOL PATH NEWFILE [replace]", 3, [](Client& c, const Args& a) {
             return with_guid(c, a, [&](uint64_t g) {
                 Args files{a[2]};
                 return vdev_attach(c, a[0], g, root_vdev(files, 0), a.size() > 3);
             });
         }},
        {"vdev_detach", "POOL PATH", 2, [](Client& c, const Args& a) {
             return with_guid(c, a, [&](uint64_t g) { return vdev_detach(c, a[0], g); });
         }},
        {"vdev_split", "POOL NEWPOOL PATH...", 3, [](Client& c, const Args& a) -> Result<Json> {
             // One leaf per mirror, by guid, as libzfs's zpool_vdev_split builds it.
             std::vector<nv::NvList> kids;
             for (size_t i = 2; i < a.size(); ++i) {
                 auto leaf = vdev_config(c, a[0], a[i]);
                 if (!leaf)
                     return leaf.error();
                 leaf->add_uint64("id", kids.size());
                 kids.push_back(*leaf);
             }
             nv::NvList root, config;
             root.add_string("type", "root").add_nvlist_array("children", kids);
             config.add_nvlist("vdev_tree", root);
             return done(vdev_split(c, a[0], a[1], config, {}, true));
         }},
        {"pool_clear", "POOL", 1,
         [](Client& c, const Args& a) { return done(pool_clear(c, a[0])); }},
        {"pool_reguid", "POOL", 1,
         [](Client& c, const Args& a) { return done(pool_reguid(c, a[0])); }},
        {"pool_sync", "POOL", 1,
         [](Client& c, const Args& a) { return done(pool_sync(c, a[0], true)); }},
        {"pool_checkpoint", "POOL", 1,
         [](Client& c, const Args& a) { return done(pool_checkpoint(c, a[0])); }},
        {"pool_discard_checkpoint", "POOL", 1,
         [](Client& c, const Args& a) { return done(pool_discard_checkpoint(c, a[0])); }},
        {"pool_initialize", "POOL start|cancel|suspend PATH...", 3,
         [](Client& c, const Args& a) -> Result<Json> {
             auto v = guids(c, a[0], a, 2);
             if (!v)
                 return v.error();
             return done(pool_initialize(c, a[0], command<InitializeCmd>(a[1]), *v));
         }},
        {"pool_trim", "POOL start|cancel|suspend PATH...", 3,
         [](Client& c, const Args& a) -> Result<Json> {
             auto v = guids(c, a[0], a, 2);
             if (!v)
                 return v.error();
             TrimArgs t;
             t.cmd = command<TrimCmd>(a[1]);
             t.vdevs = *v;
             return done(pool_trim(c, a[0], t));
         }},
        {"pool_wait", "POOL scrub|initialize|trim|resilver|...", 2,
         [](Client& c, const Args& a) -> Result<Json> {
             auto r = pool_wait(c, a[0], activity(a[1]));
             if (!r)
                 return r.error();
             return Json{{"waited", *r}};
         }},
        {"events_next", "", 0, [](Client& c, const Args&) -> Result<Json> {
             auto r = events_next(c);
             if (!r)
                 return r.error();
             if (!*r)
                 return Json(nullptr);
             return Json{{"event", nv::to_json((*r)->event)}, {"dropped", (*r)->dropped}};
         }},
        {"events_clear", "", 0, [](Client& c, const Args&) -> Result<Json> {
             auto r = events_clear(c);
             if (!r)
                 return r.error();
             return Json{{"cleared", *r}};
         }},
        {"pool_get_history", "POOL", 1, [](Client& c, const Args& a) -> Result<Json> {
             auto r = pool_get_history(c, a[0]);
             if (!r)
                 return r.error();
             Json records = Json::array();
             for (const auto& rec : *r)
                 records.push_back(nv::to_json(rec));
             return records;
         }},
    };
}

} // namespace probe
