#include "zfs/dataset_ops.h"

#include "ioctl/errors.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace gzfs {

namespace {

nv::NvList booleans(const std::vector<std::string>& names)
{
    nv::NvList list;
    for (const auto& n : names)
        list.add_boolean(n);
    return list;
}

// A batch call on the pool of the first name, with per-name errors in the result nvlist.
Status batch_call(Client& c, Ioc ioc, std::string_view first, const nv::NvList& args,
                  NameErrors* ret_errors)
{
    auto zc = c.make_cmd(ioc, pool_of(first));
    if (!zc)
        return zc.error();
    nv::NvList out;
    CallArgs call;
    call.src = &args;
    call.object = std::string(first); // errors without a per-name list name the first element
    call.ret_dst_on_error = &out;
    auto r = c.call(ioc, *zc, call);
    return batch_status(std::move(r), ioctl_info(ioc).verb, name_errors(out), ret_errors);
}

nv::NvList hidden_key(const std::vector<uint8_t>& wkey)
{
    nv::NvList hidden;
    hidden.add("wkeydata", nv::Value(nv::Type::Uint8Array,
                                     std::vector<uint64_t>(wkey.begin(), wkey.end())));
    return hidden;
}

void add_send_flags(nv::NvList& args, const SendFlags& f)
{
    if (f.large_block)
        args.add_boolean("largeblockok");
    if (f.embed_data)
        args.add_boolean("embedok");
    if (f.compress)
        args.add_boolean("compressok");
    if (f.raw)
        args.add_boolean("rawok");
    if (f.saved)
        args.add_boolean("savedok");
}

Result<std::optional<DatasetInfo>> list_next(Client& c, Ioc ioc, const std::string& parent,
                                             ListCursor& cursor, const nv::NvList* src)
{
    auto zc = c.make_cmd(ioc, parent);
    if (!zc)
        return zc.error();
    zc->set_cookie(cursor.cookie);
    // Before 2.2 a zc_simple SNAPSHOT_LIST_NEXT returns only the name, its stats zeroed (no
    // createtxg to order by, no type); without zc_simple but also without a property buffer
    // the kernel fills the stats and skips the property nvlist, which is what simple means.
    const bool simple_has_stats = ioc != Ioc::SnapshotListNext || c.version() >= Version{2, 2, 0};
    zc->set(Field::Simple, cursor.simple && simple_has_stats);
    CallArgs args;
    args.src = src;
    // zc_simple makes the kernel skip the property list; give it no buffer to fill either.
    args.want_dst = !cursor.simple;
    args.object = parent;
    auto r = c.call(ioc, *zc, args);
    if (!r) {
        if (r.error().sys_errno == ESRCH)
            return std::optional<DatasetInfo>();
        return r.error();
    }
    cursor.cookie = zc->cookie();
    return std::optional<DatasetInfo>(DatasetInfo{zc->name(), zc->objset_stats(), std::move(*r)});
}

// Reads exactly n bytes (pipes return short reads).
bool read_full(int fd, uint8_t* p, size_t n)
{
    while (n > 0) {
        ssize_t got = ::read(fd, p, n);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return false;
        p += got;
        n -= static_cast<size_t>(got);
    }
    return true;
}

} // namespace

Result<DatasetInfo> objset_stats(Client& c, const std::string& name, bool props)
{
    auto zc = c.make_cmd(Ioc::ObjsetStats, name);
    if (!zc)
        return zc.error();
    CallArgs args;
    args.want_dst = props;
    auto r = c.call(Ioc::ObjsetStats, *zc, args);
    if (!r)
        return r.error();
    return DatasetInfo{name, zc->objset_stats(), std::move(*r)};
}

Result<nv::NvList> objset_zplprops(Client& c, const std::string& name)
{
    auto zc = c.make_cmd(Ioc::ObjsetZplprops, name);
    if (!zc)
        return zc.error();
    return c.call(Ioc::ObjsetZplprops, *zc);
}

Result<std::optional<DatasetInfo>> dataset_list_next(Client& c, const std::string& parent,
                                                     ListCursor& cursor)
{
    return list_next(c, Ioc::DatasetListNext, parent, cursor, nullptr);
}

Result<std::optional<DatasetInfo>> snapshot_list_next(Client& c, const std::string& dataset,
                                                      ListCursor& cursor)
{
    // The txg range arrived with 0.8; older modules would ignore the nvlist anyway.
    nv::NvList range;
    if (c.version() >= Version{0, 8, 0}) {
        if (cursor.min_txg)
            range.add_uint64("snap_iter_min_txg", cursor.min_txg);
        if (cursor.max_txg)
            range.add_uint64("snap_iter_max_txg", cursor.max_txg);
    }
    return list_next(c, Ioc::SnapshotListNext, dataset, cursor, range.empty() ? nullptr : &range);
}

Status set_props(Client& c, const std::string& name, const nv::NvList& props,
                 NameErrors* ret_errors, bool received)
{
    auto zc = c.make_cmd(Ioc::SetProp, name);
    if (!zc)
        return zc.error();
    zc->set_cookie(received);
    nv::NvList out;
    CallArgs args;
    args.src = &props;
    args.ret_dst_on_error = &out;
    auto r = c.call(Ioc::SetProp, *zc, args);
    NameErrors errors = name_errors(out);
    if (ret_errors)
        *ret_errors = errors;
    if (r)
        return {};
    Error e = std::move(r.error());
    if (!errors.empty()) // name the property, as zfs set does
        e.message = error_message("set property '" + errors.begin()->first + "' on", name,
                                  errors.begin()->second);
    return e;
}

Status inherit_prop(Client& c, const std::string& name, const std::string& prop, bool received)
{
    auto zc = c.make_cmd(Ioc::InheritProp, name);
    if (!zc)
        return zc.error();
    zc->set_value(prop);
    zc->set_cookie(received);
    CallArgs args;
    args.want_dst = false;
    return to_status(c.call(Ioc::InheritProp, *zc, args));
}

Status create_dataset(Client& c, const std::string& name, DatasetType type,
                      const nv::NvList& props, const std::vector<uint8_t>& wkeydata)
{
    nv::NvList args;
    args.add_int32("type", static_cast<int32_t>(type));
    if (!props.empty())
        args.add_nvlist("props", props);
    if (!wkeydata.empty())
        args.add_nvlist("hidden_args", hidden_key(wkeydata));
    return to_status(c.call(Ioc::Create, name, args));
}

Status clone_dataset(Client& c, const std::string& name, const std::string& origin,
                     const nv::NvList& props)
{
    nv::NvList args;
    args.add_string("origin", origin);
    if (!props.empty())
        args.add_nvlist("props", props);
    return to_status(c.call(Ioc::Clone, name, args));
}

Status snapshot(Client& c, const std::vector<std::string>& snaps, const nv::NvList& props,
                NameErrors* ret_errors)
{
    if (snaps.empty())
        return {};
    nv::NvList args;
    args.add_nvlist("snaps", booleans(snaps));
    if (!props.empty())
        args.add_nvlist("props", props);
    return batch_call(c, Ioc::Snapshot, snaps.front(), args, ret_errors);
}

Status destroy_dataset(Client& c, const std::string& name, bool defer)
{
    auto zc = c.make_cmd(Ioc::Destroy, name);
    if (!zc)
        return zc.error();
    zc->set(Field::DeferDestroy, defer);
    zc->set(Field::ObjsetType, 2); // DMU_OST_ZFS: lets the kernel unmount a snapshot's automount
    CallArgs args;
    args.want_dst = false;
    return to_status(c.call(Ioc::Destroy, *zc, args));
}

Status destroy_snaps(Client& c, const std::vector<std::string>& snaps, bool defer,
                     NameErrors* ret_errors)
{
    if (snaps.empty())
        return {};
    nv::NvList args;
    args.add_nvlist("snaps", booleans(snaps));
    if (defer)
        args.add_boolean("defer");
    return batch_call(c, Ioc::DestroySnaps, snaps.front(), args, ret_errors);
}

Result<std::string> rollback(Client& c, const std::string& fs, const std::string& target)
{
    nv::NvList args;
    if (!target.empty())
        args.add_string("target", target);
    auto r = c.call(Ioc::Rollback, fs, args);
    if (!r)
        return r.error();
    return r->get_or("target", "");
}

Status rename_dataset(Client& c, const std::string& from, const std::string& to, bool recursive)
{
    auto zc = c.make_cmd(Ioc::Rename, from);
    if (!zc)
        return zc.error();
    if (!zc->set_value(to))
        return name_too_long("rename to", to);
    zc->set_cookie(recursive);
    zc->set(Field::ObjsetType, 2); // DMU_OST_ZFS
    CallArgs args;
    args.want_dst = false;
    return to_status(c.call(Ioc::Rename, *zc, args));
}

Status promote(Client& c, const std::string& clone)
{
    auto zc = c.make_cmd(Ioc::Promote, clone);
    if (!zc)
        return zc.error();
    CallArgs args;
    args.want_dst = false;
    auto r = c.call(Ioc::Promote, *zc, args);
    if (r)
        return {};
    Error e = std::move(r.error());
    if (e.sys_errno == EEXIST && !zc->zc_string().empty()) // a snapshot name collides
        e.message = "cannot promote '" + clone + "': conflicting snapshot '" +
                    zc->zc_string() + "' from parent";
    return e;
}

Status hold(Client& c, const std::map<std::string, std::string>& holds, int cleanup_fd,
            NameErrors* ret_errors)
{
    if (holds.empty())
        return {};
    nv::NvList tags;
    for (const auto& [snap, tag] : holds)
        tags.add_string(snap, tag);
    nv::NvList args;
    args.add_nvlist("holds", std::move(tags));
    if (cleanup_fd >= 0)
        args.add_int32("cleanup_fd", cleanup_fd);
    return batch_call(c, Ioc::Hold, holds.begin()->first, args, ret_errors);
}

Status release(Client& c, const std::map<std::string, std::set<std::string>>& holds,
               NameErrors* ret_errors)
{
    if (holds.empty())
        return {};
    nv::NvList args;
    for (const auto& [snap, tags] : holds)
        args.add_nvlist(snap, booleans({tags.begin(), tags.end()}));
    return batch_call(c, Ioc::Release, holds.begin()->first, args, ret_errors);
}

Result<std::map<std::string, uint64_t>> get_holds(Client& c, const std::string& snapshot)
{
    auto r = c.call(Ioc::GetHolds, snapshot, nv::NvList());
    if (!r)
        return r.error();
    std::map<std::string, uint64_t> holds;
    for (const nv::Pair& p : r->pairs())
        holds[p.name] = r->get_or(p.name, uint64_t{0});
    return holds;
}

Status bookmark(Client& c, const std::map<std::string, std::string>& bookmarks,
                NameErrors* ret_errors)
{
    if (bookmarks.empty())
        return {};
    nv::NvList args;
    for (const auto& [bm, source] : bookmarks)
        args.add_string(bm, source);
    return batch_call(c, Ioc::Bookmark, bookmarks.begin()->first, args, ret_errors);
}

Result<nv::NvList> get_bookmarks(Client& c, const std::string& fs,
                                 const std::vector<std::string>& props)
{
    return c.call(Ioc::GetBookmarks, fs, booleans(props));
}

Result<nv::NvList> get_bookmark_props(Client& c, const std::string& bookmark)
{
    return c.call(Ioc::GetBookmarkProps, bookmark, nv::NvList());
}

Status destroy_bookmarks(Client& c, const std::vector<std::string>& bookmarks,
                         NameErrors* ret_errors)
{
    if (bookmarks.empty())
        return {};
    return batch_call(c, Ioc::DestroyBookmarks, bookmarks.front(), booleans(bookmarks),
                      ret_errors);
}

Status send(Client& c, const SendArgs& a)
{
    nv::NvList args;
    args.add_int32("fd", a.fd);
    if (!a.from.empty())
        args.add_string("fromsnap", a.from);
    add_send_flags(args, a.flags);
    if (a.resume_object || a.resume_offset) {
        args.add_uint64("resume_object", a.resume_object);
        args.add_uint64("resume_offset", a.resume_offset);
    }
    return to_status(c.call(Ioc::SendNew, a.snapshot, args));
}

Result<uint64_t> send_space(Client& c, const std::string& snapshot, const std::string& from,
                            const SendFlags& flags, uint64_t resume_object,
                            uint64_t resume_offset, uint64_t resume_bytes)
{
    nv::NvList args;
    if (!from.empty())
        args.add_string("from", from);
    add_send_flags(args, flags);
    if (resume_object || resume_offset) {
        args.add_uint64("resume_object", resume_object);
        args.add_uint64("resume_offset", resume_offset);
        args.add_uint64("bytes", resume_bytes);
    }
    auto r = c.call(Ioc::SendSpace, snapshot, args);
    if (!r)
        return r.error();
    return r->get<uint64_t>("space");
}

Result<RecvResult> receive(Client& c, const RecvArgs& a)
{
    auto at = a.snapshot.find('@');
    if (at == std::string::npos)
        return make_error("cannot receive '" + a.snapshot + "': not a snapshot name", EINVAL);
    // zc_name is the filesystem, or its parent when the stream creates it (as lzc does).
    std::string fs = a.snapshot.substr(0, at);
    if (!objset_stats(c, fs, false)) {
        auto slash = fs.rfind('/');
        if (slash == std::string::npos)
            return make_error("cannot receive '" + a.snapshot + "': no such pool", ENOENT);
        fs.resize(slash);
    }
    // The kernel wants the stream's first dmu_replay_record_t (312 bytes) in the nvlist and
    // reads the rest from the fd.
    std::vector<uint8_t> raw = a.begin;
    if (raw.empty()) {
        raw.resize(312);
        if (!read_full(a.fd, raw.data(), raw.size()))
            return make_error("cannot receive '" + a.snapshot + "': incomplete stream", EINVAL);
    }
    std::vector<uint64_t> begin(raw.begin(), raw.end());
    nv::NvList args;
    args.add_string("snapname", a.snapshot);
    if (!a.props.empty())
        args.add_nvlist("props", a.props);
    if (!a.local_props.empty())
        args.add_nvlist("localprops", a.local_props);
    if (!a.origin.empty())
        args.add_string("origin", a.origin);
    args.add("begin_record", nv::Value(nv::Type::ByteArray, std::move(begin)));
    args.add_int32("input_fd", a.fd);
    if (a.force)
        args.add_boolean("force");
    if (a.resumable)
        args.add_boolean("resumable");
    nv::NvList out;
    auto r = c.call(Ioc::RecvNew, fs, args, &out);
    if (!r) {
        r.error().message = "cannot receive '" + a.snapshot + "'" +
                            r.error().message.substr(r.error().message.find(':'));
        return r.error();
    }
    RecvResult res;
    res.read_bytes = r->get_or("read_bytes", uint64_t{0});
    res.error_flags = r->get_or("error_flags", uint64_t{0});
    if (auto errs = r->get_nvlist("errors"))
        res.prop_errors = **errs;
    return res;
}

Status load_key(Client& c, const std::string& dataset, const std::vector<uint8_t>& wkey,
                bool noop)
{
    nv::NvList args;
    args.add_nvlist("hidden_args", hidden_key(wkey));
    if (noop)
        args.add_boolean("noop");
    return to_status(c.call(Ioc::LoadKey, dataset, args));
}

Status unload_key(Client& c, const std::string& dataset)
{
    return to_status(c.call(Ioc::UnloadKey, dataset, nv::NvList()));
}

Status change_key(Client& c, const std::string& dataset, KeyCmd cmd, const nv::NvList& props,
                  const std::vector<uint8_t>& wkey)
{
    nv::NvList args;
    args.add_uint64("crypt_cmd", static_cast<uint64_t>(cmd));
    if (!props.empty())
        args.add_nvlist("props", props);
    if (!wkey.empty())
        args.add_nvlist("hidden_args", hidden_key(wkey));
    return to_status(c.call(Ioc::ChangeKey, dataset, args));
}

Result<nv::NvList> channel_program(Client& c, const ChannelProgramArgs& a,
                                   nv::NvList* ret_dst_on_error)
{
    nv::NvList args;
    args.add_string("program", a.program);
    args.add_nvlist("arg", a.arg);
    args.add_boolean_value("sync", a.sync);
    args.add_uint64("instrlimit", a.instrlimit);
    args.add_uint64("memlimit", a.memlimit);
    auto zc = c.make_cmd(Ioc::ChannelProgram, a.pool);
    if (!zc)
        return zc.error();
    nv::NvList out;
    CallArgs call;
    call.src = &args;
    call.ret_dst_on_error = &out;
    // lzc sizes the output buffer to the memory limit; the kernel cannot return more. The
    // kernel refuses limits it does not allow, so a silly value only costs that error.
    call.dst_size = static_cast<size_t>(std::clamp<uint64_t>(a.memlimit, 64 * 1024, 128u << 20));
    auto r = c.call(Ioc::ChannelProgram, *zc, call);
    if (!r) {
        // The Lua error text (syntax or runtime) comes back in the output nvlist.
        std::string lua = out.get_or("error", "");
        if (!lua.empty())
            r.error().message += ": " + lua;
        if (ret_dst_on_error)
            *ret_dst_on_error = std::move(out);
    }
    return r;
}

Result<uint64_t> space_snaps(Client& c, const std::string& first, const std::string& last)
{
    nv::NvList args;
    args.add_string("firstsnap", first);
    auto r = c.call(Ioc::SpaceSnaps, last, args);
    if (!r)
        return r.error();
    return r->get<uint64_t>("used");
}

} // namespace gzfs
