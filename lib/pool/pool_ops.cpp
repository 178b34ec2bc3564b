#include "pool/pool_ops.h"

#include "nvlist/codec.h"

#include <cerrno>
#include <cstring>

namespace gzfs {

namespace {

// A legacy call on a pool: zc_name = pool, optional src/conf.
Result<nv::NvList> pool_call(Client& c, Ioc ioc, ZfsCmd& zc, const nv::NvList* src = nullptr,
                             const nv::NvList* conf = nullptr)
{
    CallArgs args;
    args.src = src;
    args.conf = conf;
    return c.call(ioc, zc, args);
}

// Legacy call with only zc_name and a few integer fields.
Status simple_call(Client& c, Ioc ioc, const std::string& pool,
                   std::initializer_list<std::pair<Field, uint64_t>> fields)
{
    auto zc = c.make_cmd(ioc, pool);
    if (!zc)
        return zc.error();
    for (auto [f, v] : fields)
        zc->set(f, v);
    return to_status(pool_call(c, ioc, *zc));
}

nv::NvList vdev_guids(const VdevGuids& vdevs)
{
    nv::NvList list;
    for (const auto& [path, guid] : vdevs)
        list.add_uint64(path, guid);
    return list;
}

// Initialize and trim return their per-vdev errors nested under the vdevs key.
Status vdev_batch(Client& c, Ioc ioc, const std::string& pool, const nv::NvList& args,
                  std::string_view vdevs_key, NameErrors* ret_errors)
{
    nv::NvList out;
    auto r = c.call(ioc, pool, args, &out);
    NameErrors errors;
    if (auto nested = out.get_nvlist(vdevs_key))
        errors = name_errors(**nested);
    return batch_status(std::move(r), ioctl_info(ioc).verb, errors, ret_errors);
}

} // namespace

Result<PoolConfigs> pool_configs(Client& c, uint64_t generation)
{
    ZfsCmd zc = c.make_cmd();
    zc.set_cookie(generation);
    auto r = pool_call(c, Ioc::PoolConfigs, zc);
    PoolConfigs out;
    out.generation = zc.cookie();
    if (!r) {
        if (r.error().sys_errno != EEXIST)
            return r.error();
        out.changed = false; // EEXIST: the namespace did not change since `generation`
        return out;
    }
    out.configs = std::move(*r);
    return out;
}

Result<PoolStats> pool_stats(Client& c, const std::string& pool)
{
    auto zc = c.make_cmd(Ioc::PoolStats, pool);
    if (!zc)
        return zc.error();
    auto r = pool_call(c, Ioc::PoolStats, *zc);
    if (!r)
        return r.error();
    return PoolStats{std::move(*r), static_cast<int>(zc->cookie())};
}

Status pool_create(Client& c, const PoolCreateArgs& args)
{
    auto zc = c.make_cmd(Ioc::PoolCreate, args.name);
    if (!zc)
        return zc.error();
    nv::NvList props = args.props;
    if (!args.fs_props.empty())
        props.add_nvlist("root-props-nvl", args.fs_props);
    if (!args.wkeydata.empty()) {
        nv::NvList hidden;
        hidden.add("wkeydata", nv::Value(nv::Type::Uint8Array,
                                         std::vector<uint64_t>(args.wkeydata.begin(),
                                                               args.wkeydata.end())));
        props.add_nvlist("hidden_args", std::move(hidden));
    }
    return to_status(pool_call(c, Ioc::PoolCreate, *zc, props.empty() ? nullptr : &props,
                               &args.vdev_tree));
}

Status pool_destroy(Client& c, const std::string& pool)
{
    return simple_call(c, Ioc::PoolDestroy, pool, {});
}

Result<nv::NvList> pool_import(Client& c, const PoolImportArgs& args)
{
    auto zc = c.make_cmd(Ioc::PoolImport, args.name);
    if (!zc)
        return zc.error();
    zc->set_guid(args.guid);
    zc->set_cookie(args.flags);
    return pool_call(c, Ioc::PoolImport, *zc, args.props.empty() ? nullptr : &args.props,
                     &args.config);
}

Status pool_export(Client& c, const std::string& pool, bool force, bool hardforce)
{
    return simple_call(c, Ioc::PoolExport, pool, {{Field::Cookie, force}, {Field::Guid, hardforce}});
}

Result<nv::NvList> pool_tryimport(Client& c, const nv::NvList& config)
{
    ZfsCmd zc = c.make_cmd();
    CallArgs args;
    args.conf = &config;
    args.object = config.get_or("name", "");
    return c.call(Ioc::PoolTryimport, zc, args);
}

Status pool_scan(Client& c, const std::string& pool, ScanFunc func, ScrubCmd cmd)
{
    return simple_call(c, Ioc::PoolScan, pool,
                       {{Field::Cookie, static_cast<uint64_t>(func)},
                        {Field::Flags, static_cast<uint64_t>(cmd)}});
}

Status pool_scrub(Client& c, const std::string& pool, ScanFunc func, ScrubCmd cmd)
{
    // POOL_SCRUB appeared in 2.2 (for error scrub); before it POOL_SCAN does the same.
    if (!c.has(Ioc::PoolScrub))
        return pool_scan(c, pool, func, cmd);
    nv::NvList args;
    args.add_uint64("scan_type", static_cast<uint64_t>(func));
    args.add_uint64("scan_command", static_cast<uint64_t>(cmd));
    return to_status(c.call(Ioc::PoolScrub, pool, args));
}

Result<nv::NvList> pool_get_props(Client& c, const std::string& pool,
                                  const std::vector<std::string>& names)
{
    auto zc = c.make_cmd(Ioc::PoolGetProps, pool);
    if (!zc)
        return zc.error();
    // 2.3 reads an optional src nvlist; older modules ignore zc_nvlist_src here.
    nv::NvList src;
    if (!names.empty() && c.new_style(Ioc::PoolGetProps))
        src.add_string_array("get_props_names", names);
    return pool_call(c, Ioc::PoolGetProps, *zc, src.empty() ? nullptr : &src);
}

Status pool_set_props(Client& c, const std::string& pool, const nv::NvList& props)
{
    auto zc = c.make_cmd(Ioc::PoolSetProps, pool);
    if (!zc)
        return zc.error();
    return to_status(pool_call(c, Ioc::PoolSetProps, *zc, &props));
}

Status vdev_add(Client& c, const std::string& pool, const nv::NvList& vdev_tree,
                bool check_ashift)
{
    auto zc = c.make_cmd(Ioc::VdevAdd, pool);
    if (!zc)
        return zc.error();
    zc->set(Field::Flags, check_ashift);
    return to_status(pool_call(c, Ioc::VdevAdd, *zc, nullptr, &vdev_tree));
}

Status vdev_remove(Client& c, const std::string& pool, uint64_t guid, bool cancel)
{
    return simple_call(c, Ioc::VdevRemove, pool, {{Field::Guid, guid}, {Field::Cookie, cancel}});
}

Result<uint64_t> vdev_set_state(Client& c, const std::string& pool, uint64_t guid,
                                VdevState state, uint64_t flags)
{
    auto zc = c.make_cmd(Ioc::VdevSetState, pool);
    if (!zc)
        return zc.error();
    zc->set_guid(guid);
    zc->set_cookie(static_cast<uint64_t>(state));
    zc->set_obj(flags);
    auto r = pool_call(c, Ioc::VdevSetState, *zc);
    if (!r)
        return r.error();
    return zc->cookie();
}

Status vdev_attach(Client& c, const std::string& pool, uint64_t guid, const nv::NvList& vdev_tree,
                   bool replacing, bool rebuild)
{
    auto zc = c.make_cmd(Ioc::VdevAttach, pool);
    if (!zc)
        return zc.error();
    zc->set_guid(guid);
    zc->set_cookie(replacing);
    zc->set(Field::Simple, rebuild);
    return to_status(pool_call(c, Ioc::VdevAttach, *zc, nullptr, &vdev_tree));
}

Status vdev_detach(Client& c, const std::string& pool, uint64_t guid)
{
    return simple_call(c, Ioc::VdevDetach, pool, {{Field::Guid, guid}});
}

Status vdev_split(Client& c, const std::string& pool, const std::string& new_pool,
                  const nv::NvList& config, const nv::NvList& props, bool exported)
{
    auto zc = c.make_cmd(Ioc::VdevSplit, pool);
    if (!zc)
        return zc.error();
    if (!zc->set_zc_string(new_pool))
        return name_too_long("split", new_pool);
    zc->set_cookie(exported); // ZPOOL_EXPORT_AFTER_SPLIT
    return to_status(
        pool_call(c, Ioc::VdevSplit, *zc, props.empty() ? nullptr : &props, &config));
}

Status pool_clear(Client& c, const std::string& pool, uint64_t guid, const nv::NvList* policy)
{
    auto zc = c.make_cmd(Ioc::Clear, pool);
    if (!zc)
        return zc.error();
    zc->set_guid(guid);
    // Without a load policy the kernel wants ZPOOL_NO_REWIND, else it fails with EINVAL.
    if (!policy)
        zc->set_cookie(1); // ZPOOL_NO_REWIND
    return to_status(pool_call(c, Ioc::Clear, *zc, policy));
}

Status pool_reguid(Client& c, const std::string& pool)
{
    return simple_call(c, Ioc::PoolReguid, pool, {});
}

Status pool_sync(Client& c, const std::string& pool, bool force)
{
    nv::NvList args;
    args.add_boolean_value("force", force);
    return to_status(c.call(Ioc::PoolSync, pool, args));
}

Status pool_checkpoint(Client& c, const std::string& pool)
{
    return to_status(c.call(Ioc::PoolCheckpoint, pool, nv::NvList()));
}

Status pool_discard_checkpoint(Client& c, const std::string& pool)
{
    return to_status(c.call(Ioc::PoolDiscardCheckpoint, pool, nv::NvList()));
}

Status pool_initialize(Client& c, const std::string& pool, InitializeCmd cmd,
                       const VdevGuids& vdevs, NameErrors* ret_errors)
{
    nv::NvList args;
    args.add_uint64("initialize_command", static_cast<uint64_t>(cmd));
    args.add_nvlist("initialize_vdevs", vdev_guids(vdevs));
    return vdev_batch(c, Ioc::PoolInitialize, pool, args, "initialize_vdevs", ret_errors);
}

Status pool_trim(Client& c, const std::string& pool, const TrimArgs& t, NameErrors* ret_errors)
{
    nv::NvList args;
    args.add_uint64("trim_command", static_cast<uint64_t>(t.cmd));
    args.add_nvlist("trim_vdevs", vdev_guids(t.vdevs));
    args.add_uint64("trim_rate", t.rate);
    args.add_boolean_value("trim_secure", t.secure);
    return vdev_batch(c, Ioc::PoolTrim, pool, args, "trim_vdevs", ret_errors);
}

Result<bool> pool_wait(Client& c, const std::string& pool, WaitActivity activity,
                       std::optional<uint64_t> tag)
{
    nv::NvList args;
    args.add_int32("wait_activity", static_cast<int32_t>(activity));
    if (tag)
        args.add_uint64("wait_tag", *tag);
    auto r = c.call(Ioc::Wait, pool, args);
    if (!r)
        return r.error();
    auto waited = r->get<bool>("wait_waited");
    return waited ? *waited : false;
}

Result<std::optional<ZEvent>> events_next(Client& c, bool block)
{
    ZfsCmd zc = c.make_cmd();
    zc.set(Field::CleanupFd, static_cast<uint32_t>(c.device().fd()));
    zc.set_guid(block ? 0 : 1); // ZEVENT_NONBLOCK
    CallArgs args;
    args.object = "/dev/zfs";
    auto r = c.call(Ioc::EventsNext, zc, args);
    if (!r) {
        if (r.error().sys_errno == ENOENT)
            return std::optional<ZEvent>();
        return r.error();
    }
    return std::optional<ZEvent>(ZEvent{std::move(*r), zc.cookie()});
}

Result<uint64_t> events_clear(Client& c)
{
    ZfsCmd zc = c.make_cmd();
    CallArgs args;
    args.object = "/dev/zfs";
    args.want_dst = false;
    auto r = c.call(Ioc::EventsClear, zc, args);
    if (!r)
        return r.error();
    return zc.cookie();
}

Result<std::vector<nv::NvList>> pool_get_history(Client& c, const std::string& pool)
{
    std::vector<nv::NvList> records;
    std::vector<uint8_t> buf(128 * 1024);
    std::vector<uint8_t> pending; // a record split across two reads
    uint64_t offset = 0;
    for (;;) {
        auto zc = c.make_cmd(Ioc::PoolGetHistory, pool);
        if (!zc)
            return zc.error();
        zc->set(Field::History, reinterpret_cast<uintptr_t>(buf.data()));
        zc->set(Field::HistoryLen, buf.size());
        zc->set(Field::HistoryOffset, offset);
        CallArgs args;
        args.want_dst = false;
        auto r = c.call(Ioc::PoolGetHistory, *zc, args);
        if (!r)
            return r.error();
        uint64_t len = zc->get(Field::HistoryLen);
        if (len == 0)
            break;
        offset += len;
        pending.insert(pending.end(), buf.begin(), buf.begin() + len);
        size_t pos = 0;
        while (pending.size() - pos >= 8) {
            uint64_t rec = 0;
            std::memcpy(&rec, pending.data() + pos, 8);
            if (pending.size() - pos - 8 < rec)
                break;
            auto nvl = nv::unpack(std::span<const uint8_t>(pending.data() + pos + 8, rec));
            if (!nvl)
                return make_error("cannot get history of '" + pool + "': bad record", EINVAL);
            records.push_back(std::move(*nvl));
            pos += 8 + rec;
        }
        pending.erase(pending.begin(), pending.begin() + pos);
        if (pos == 0 && pending.size() >= buf.size())
            buf.resize(buf.size() * 2); // one record bigger than the buffer
    }
    return records;
}

} // namespace gzfs
