#include "zfs/dataset_walk.h"

#include "pool/pool_ops.h"
#include "zfs/dataset_ops.h"
#include "zfs/mounts.h"
#include "zfs/property_table.h"
#include "zfs/received_props.h"

#include <cerrno>
#include <set>

namespace gzfs::zfs {

namespace {

class Walker {
public:
    Walker(Client& c, const WalkOptions& o, const Visitor& v) : c_(c), o_(o), visit_(v)
    {
        if (o_.mounted)
            mounted_ = mounted_datasets();
    }

    // The named root itself, then what lies below it.
    Status root(DatasetRecord&& record, int depth)
    {
        const std::string name = record.name;
        const uint32_t type = record.type;
        if (auto s = emit(std::move(record), o_.roots_any_type); !s)
            return s;
        if (type == kTypeSnapshot || type == kTypeBookmark)
            return {};
        return below(name, type, depth);
    }

    Result<DatasetRecord> open(const std::string& name)
    {
        if (name.find('#') != std::string::npos)
            return open_bookmark(name);
        auto info = objset_stats(c_, name, o_.props);
        if (!info) {
            Error e = info.error();
            if (e.sys_errno == ENOENT)
                e.message = "cannot open '" + name + "': dataset does not exist";
            return e;
        }
        return record_of(std::move(*info));
    }

private:
    bool wanted(uint32_t type) const { return (o_.types & type) != 0; }

    Status emit(DatasetRecord&& r, bool any_type = false)
    {
        if (!any_type && !wanted(r.type))
            return {};
        if (o_.zplprops && (r.type == kTypeFilesystem || r.type == kTypeSnapshot)) {
            if (auto z = objset_zplprops(c_, r.name))
                r.zplprops = std::move(*z);
        }
        if (o_.received && r.type != kTypeBookmark) {
            if (auto rp = received_props(c_, r.name))
                r.received = std::move(*rp);
        }
        if (o_.mounted && r.type == kTypeFilesystem)
            r.mounted = mounted_.count(r.name) != 0;
        return visit_(std::move(r));
    }

    DatasetRecord record_of(DatasetInfo&& info) const
    {
        DatasetRecord r;
        r.name = std::move(info.name);
        r.stats = info.stats;
        r.type = type_of(info.stats);
        r.has_props = o_.props;
        r.props = std::move(info.props);
        return r;
    }

    // Children (filesystems and volumes), then snapshots, then bookmarks, like zfs_for_each.
    Status below(const std::string& name, uint32_t type, int depth)
    {
        if (depth == 0)
            return {};
        if (type == kTypeFilesystem && (o_.types & (kTypeFilesystem | kTypeVolume) ||
                                        o_.types & (kTypeSnapshot | kTypeBookmark))) {
            if (auto s = children(name, depth); !s)
                return s;
        }
        if (wanted(kTypeSnapshot))
            if (auto s = snapshots(name); !s)
                return s;
        if (wanted(kTypeBookmark))
            if (auto s = bookmarks(name); !s)
                return s;
        return {};
    }

    Status children(const std::string& parent, int depth)
    {
        ListCursor cursor;
        cursor.simple = !o_.props;
        for (;;) {
            auto next = dataset_list_next(c_, parent, cursor);
            if (!next)
                return ignore_vanished(next.error());
            if (!*next)
                return {};
            // Hidden datasets ($ORIGIN, %recv) are internal: zfs never shows them.
            if ((*next)->name.find_first_of("$%") != std::string::npos)
                continue;
            DatasetRecord r = record_of(std::move(**next));
            const std::string name = r.name;
            const uint32_t type = r.type;
            if (auto s = emit(std::move(r)); !s)
                return s;
            if (auto s = below(name, type, depth < 0 ? -1 : depth - 1); !s)
                return s;
        }
    }

    Status snapshots(const std::string& dataset)
    {
        ListCursor cursor;
        cursor.simple = !o_.props;
        for (;;) {
            auto next = snapshot_list_next(c_, dataset, cursor);
            if (!next)
                return ignore_vanished(next.error());
            if (!*next)
                return {};
            if (auto s = emit(record_of(std::move(**next))); !s)
                return s;
        }
    }

    Status bookmarks(const std::string& dataset)
    {
        auto list = get_bookmarks(c_, dataset, bookmark_props());
        if (!list)
            return ignore_vanished(list.error());
        for (const auto& pair : list->pairs()) {
            const auto* props = std::get_if<nv::NvList>(&pair.value.data());
            if (!props)
                continue;
            if (auto s = emit(bookmark_record(dataset + "#" + pair.name, *props)); !s)
                return s;
        }
        return {};
    }

    Result<DatasetRecord> open_bookmark(const std::string& name)
    {
        const std::string fs = name.substr(0, name.find('#'));
        const std::string shortname = name.substr(name.find('#') + 1);
        auto list = get_bookmarks(c_, fs, bookmark_props());
        if (!list)
            return list.error();
        auto props = list->get_nvlist(shortname);
        if (!props)
            return make_error("cannot open '" + name + "': bookmark does not exist", ENOENT);
        return bookmark_record(name, **props);
    }

    static std::vector<std::string> bookmark_props()
    {
        return {"guid", "createtxg", "creation", "referenced", "logicalreferenced",
                "compressratio", "redact_snaps", "ivsetguid"};
    }

    DatasetRecord bookmark_record(std::string name, const nv::NvList& props) const
    {
        DatasetRecord r;
        r.name = std::move(name);
        r.type = kTypeBookmark;
        r.props = props;
        r.has_props = true;
        auto number = [&](const char* key) {
            auto entry = props.get_nvlist(key);
            return entry ? (*entry)->get_or("value", uint64_t{0}) : 0;
        };
        r.stats.creation_txg = number("createtxg");
        r.stats.guid = number("guid");
        return r;
    }

    // A dataset destroyed while we walk is not an error, as in zfs (ENOENT/ESRCH).
    static Status ignore_vanished(const Error& e)
    {
        if (e.sys_errno == ENOENT || e.sys_errno == ESRCH)
            return {};
        return e;
    }

    Client& c_;
    const WalkOptions& o_;
    const Visitor& visit_;
    std::set<std::string> mounted_;
};

Result<std::vector<std::string>> pool_names(Client& c)
{
    auto configs = pool_configs(c);
    if (!configs)
        return configs.error();
    std::vector<std::string> names;
    for (const auto& pair : configs->configs.pairs())
        names.push_back(pair.name);
    return names;
}

} // namespace

Status walk(Client& client, const WalkOptions& options, const Visitor& visit,
            const RootError& on_root_error)
{
    Walker walker(client, options, visit);
    std::vector<std::string> roots = options.names;
    int depth = options.depth >= 0 ? options.depth : (options.recursive ? -1 : 0);
    if (roots.empty()) {
        auto pools = pool_names(client);
        if (!pools)
            return pools.error();
        roots = std::move(*pools);
        if (options.depth < 0)
            depth = -1;
    }
    for (const auto& name : roots) {
        auto record = walker.open(name);
        if (!record) {
            on_root_error(record.error());
            continue;
        }
        if (auto s = walker.root(std::move(*record), depth); !s)
            return s;
    }
    return {};
}

} // namespace gzfs::zfs
