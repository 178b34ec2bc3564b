// ioctl_probe: dataset operations (lib/zfs/dataset_ops.h).
#include "probe.h"

#include "nvlist/json.h"
#include "zfs/dataset_ops.h"

#include <unistd.h>

namespace probe {

using namespace gzfs;

namespace {

Result<Json> done(Status st, const NameErrors& errors = {})
{
    if (!st)
        return st.error();
    Json out = ok_json();
    for (const auto& [name, err] : errors)
        out["errors"][name] = err;
    return out;
}

Result<Json> as_json(Result<nv::NvList> r)
{
    if (!r)
        return r.error();
    return nv::to_json(*r);
}

Json info_json(const DatasetInfo& d)
{
    return {{"name", d.name},
            {"type", d.stats.type},
            {"is_snapshot", d.stats.is_snapshot},
            {"createtxg", d.stats.creation_txg},
            {"guid", d.stats.guid},
            {"num_clones", d.stats.num_clones},
            {"origin", d.stats.origin},
            {"props", nv::to_json(d.props)}};
}

// Runs an iterator to its end.
template <typename Next>
Result<Json> iterate(Client& c, const std::string& parent, ListCursor cursor, Next next)
{
    Json out = Json::array();
    for (;;) {
        auto r = next(c, parent, cursor);
        if (!r)
            return r.error();
        if (!*r)
            return out;
        out.push_back(info_json(**r));
    }
}

ListCursor cursor_from(const Args& a)
{
    ListCursor cur;
    for (size_t i = 1; i < a.size(); ++i) {
        if (a[i] == "simple")
            cur.simple = true;
        else if (a[i].rfind("min=", 0) == 0)
            cur.min_txg = std::stoull(a[i].substr(4));
        else if (a[i].rfind("max=", 0) == 0)
            cur.max_txg = std::stoull(a[i].substr(4));
    }
    return cur;
}

Result<std::vector<uint8_t>> key(const std::string& path)
{
    return read_file(path);
}

} // namespace

std::vector<Op> dataset_ops()
{
    return {
        {"objset_stats", "NAME [simple]", 1, [](Client& c, const Args& a) -> Result<Json> {
             auto r = objset_stats(c, a[0], a.size() < 2);
             if (!r)
                 return r.error();
             return info_json(*r);
         }},
        {"objset_zplprops", "NAME", 1,
         [](Client& c, const Args& a) { return as_json(objset_zplprops(c, a[0])); }},
        {"list_children", "PARENT [simple]", 1, [](Client& c, const Args& a) {
             return iterate(c, a[0], cursor_from(a), dataset_list_next);
         }},
        {"list_snapshots", "FS [simple] [min=TXG] [max=TXG]", 1, [](Client& c, const Args& a) {
             return iterate(c, a[0], cursor_from(a), snapshot_list_next);
         }},
        {"set_props", "NAME PROP=V...", 2, [](Client& c, const Args& a) {
             NameErrors errors;
             Status st = set_props(c, a[0], parse_props(a, 1), &errors);
             return done(st, errors);
         }},
        {"inherit_prop", "NAME PROP", 2,
         [](Client& c, const Args& a) { return done(inherit_prop(c, a[0], a[1])); }},
        {"create", "NAME [PROP=V]...", 1, [](Client& c, const Args& a) {
             bool volume = parse_props(a, 1).contains("volsize");
             return done(create_dataset(c, a[0],
                                        volume ? DatasetType::Volume : DatasetType::Filesystem,
                                        parse_props(a, 1)));
         }},
        {"clone", "NAME ORIGIN", 2,
         [](Client& c, const Args& a) { return done(clone_dataset(c, a[0], a[1])); }},
        {"snapshot", "SNAP...", 1, [](Client& c, const Args& a) {
             NameErrors errors;
             Status st = snapshot(c, a, {}, &errors);
             return done(st, errors);
         }},
        {"destroy", "NAME", 1,
         [](Client& c, const Args& a) { return done(destroy_dataset(c, a[0])); }},
        {"destroy_snaps", "SNAP...", 1, [](Client& c, const Args& a) {
             NameErrors errors;
             Status st = destroy_snaps(c, a, false, &errors);
             return done(st, errors);
         }},
        {"rollback", "FS [TARGET]", 1, [](Client& c, const Args& a) -> Result<Json> {
             auto r = rollback(c, a[0], a.size() > 1 ? a[1] : "");
             if (!r)
                 return r.error();
             return Json{{"target", *r}};
         }},
        {"rename", "OLD NEW [recursive]", 2, [](Client& c, const Args& a) {
             return done(rename_dataset(c, a[0], a[1], a.size() > 2));
         }},
        {"promote", "CLONE", 1, [](Client& c, const Args& a) { return done(promote(c, a[0])); }},
        {"hold", "TAG SNAP...", 2, [](Client& c, const Args& a) {
             std::map<std::string, std::string> holds;
             for (size_t i = 1; i < a.size(); ++i)
                 holds[a[i]] = a[0];
             NameErrors errors;
             Status st = hold(c, holds, -1, &errors);
             return done(st, errors);
         }},
        {"release", "TAG SNAP...", 2, [](Client& c, const Args& a) {
             std::map<std::string, std::set<std::string>> holds;
             for (size_t i = 1; i < a.size(); ++i)
                 holds[a[i]].insert(a[0]);
             NameErrors errors;
             Status st = release(c, holds, &errors);
             return done(st, errors);
         }},
        {"get_holds", "SNAP", 1, [](Client& c, const Args& a) -> Result<Json> {
             auto r = get_holds(c, a[0]);
             if (!r)
                 return r.error();
             return Json(*r);
         }},
        {"bookmark", "BOOKMARK SOURCE", 2, [](Client& c, const Args& a) {
             NameErrors errors;
             Status st = bookmark(c, {{a[0], a[1]}}, &errors);
             return done(st, errors);
         }},
        {"get_bookmarks", "FS", 1,
         [](Client& c, const Args& a) { return as_json(get_bookmarks(c, a[0])); }},
        {"get_bookmark_props", "BOOKMARK", 1,
         [](Client& c, const Args& a) { return as_json(get_bookmark_props(c, a[0])); }},
        {"destroy_bookmarks", "BOOKMARK...", 1, [](Client& c, const Args& a) {
             NameErrors errors;
             Status st = destroy_bookmarks(c, a, &errors);
             return done(st, errors);
         }},
        {"send", "SNAP [FROM]   (stream to stdout)", 1, [](Client& c, const Args& a) {
             SendArgs s;
             s.snapshot = a[0];
             s.from = a.size() > 1 ? a[1] : "";
             s.fd = STDOUT_FILENO;
             // The JSON result would mix into the stream: report on stderr instead.
             Status st = send(c, s);
             if (st)
                 ::dup2(STDERR_FILENO, STDOUT_FILENO);
             return done(st);
         }},
        {"send_space", "SNAP [FROM]", 1, [](Client& c, const Args& a) -> Result<Json> {
             auto r = send_space(c, a[0], a.size() > 1 ? a[1] : "");
             if (!r)
                 return r.error();
             return Json{{"space", *r}};
         }},
        {"recv", "SNAP [force]   (stream from stdin)", 1,
         [](Client& c, const Args& a) -> Result<Json> {
             RecvArgs r;
             r.snapshot = a[0];
             r.fd = STDIN_FILENO;
             r.force = a.size() > 1;
             auto res = receive(c, r);
             if (!res)
                 return res.error();
             return Json{{"read_bytes", res->read_bytes}, {"error_flags", res->error_flags}};
         }},
        {"load_key", "NAME KEYFILE [noop]", 2, [](Client& c, const Args& a) -> Result<Json> {
             auto k = key(a[1]);
             if (!k)
                 return k.error();
             return done(load_key(c, a[0], *k, a.size() > 2));
         }},
        {"unload_key", "NAME", 1,
         [](Client& c, const Args& a) { return done(unload_key(c, a[0])); }},
        {"change_key", "NAME KEYFILE", 2, [](Client& c, const Args& a) -> Result<Json> {
             auto k = key(a[1]);
             if (!k)
                 return k.error();
             nv::NvList props;
             props.add_uint64("keyformat", 1); // raw
             props.add_string("keylocation", "file://" + a[1]);
             return done(change_key(c, a[0], KeyCmd::NewKey, props, *k));
         }},
        {"channel_program", "POOL PROGRAMFILE [nosync]", 2,
         [](Client& c, const Args& a) -> Result<Json> {
             auto src = read_file(a[1]);
             if (!src)
                 return src.error();
             ChannelProgramArgs p;
             p.pool = a[0];
             p.program.assign(src->begin(), src->end());
             p.sync = a.size() < 3;
             return as_json(channel_program(c, p));
         }},
        {"space_snaps", "FIRST LAST", 2, [](Client& c, const Args& a) -> Result<Json> {
             auto r = space_snaps(c, a[0], a[1]);
             if (!r)
                 return r.error();
             return Json{{"used", *r}};
         }},
    };
}

} // namespace probe
