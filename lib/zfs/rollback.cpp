#include "zfs/rollback.h"

#include "ioctl/errors.h"
#include "zfs/dataset_destroy.h"
#include "zfs/dataset_lookup.h"
#include "zfs/dataset_name.h"
#include "zfs/dataset_ops.h"

#include <cerrno>

namespace gzfs::zfs {

namespace {

struct Later {
    std::vector<std::string> snapshots;
    std::vector<std::string> bookmarks;
};

Result<Later> later_than(Client& c, const std::string& fs, uint64_t txg)
{
    Later later;
    ListCursor cursor;
    cursor.simple = true;
    for (;;) {
        auto next = snapshot_list_next(c, fs, cursor);
        if (!next)
            return next.error();
        if (!*next)
            break;
        if ((*next)->stats.creation_txg > txg)
            later.snapshots.push_back((*next)->name);
    }
    auto marks = get_bookmarks(c, fs, {"createtxg"});
    if (marks) {
        for (const auto& pair : marks->pairs()) {
            const auto* props = std::get_if<nv::NvList>(&pair.value.data());
            uint64_t created = 0;
            if (props)
                if (auto e = props->get_nvlist("createtxg"))
                    created = (*e)->get_or("value", uint64_t{0});
            if (created > txg)
                later.bookmarks.push_back(fs + "#" + pair.name);
        }
    }
    return later;
}

} // namespace

Result<std::vector<std::string>> rollback_to(Client& c, const RollbackOptions& o)
{
    if (auto s = check_name(o.snapshot, kTypeSnapshot, "rollback to"); !s)
        return s.error();
    auto info = objset_stats(c, o.snapshot, false);
    if (!info)
        return make_error("cannot open '" + o.snapshot + "': dataset does not exist", ENOENT);
    const std::string fs = o.snapshot.substr(0, o.snapshot.find('@'));
    auto later = later_than(c, fs, info->stats.creation_txg);
    if (!later)
        return later.error();
    std::vector<std::string> destroyed;
    if (!later->snapshots.empty() || !later->bookmarks.empty()) {
        if (!o.destroy_later && !o.destroy_clones) {
            std::string msg = "cannot rollback to '" + o.snapshot +
                              "': more recent snapshots or bookmarks exist\nuse '-r' to force "
                              "deletion of the following snapshots and bookmarks:";
            for (const auto& n : later->snapshots)
                msg += "\n" + n;
            for (const auto& n : later->bookmarks)
                msg += "\n" + n;
            return make_error(msg, EEXIST);
        }
        for (const auto& snap : later->snapshots) {
            DestroyOptions d{snap, false, o.destroy_clones, false, o.force};
            auto plan = plan_destroy(c, d);
            if (!plan)
                return plan.error();
            if (auto s = execute_destroy(c, *plan, d); !s)
                return s.error();
            destroyed.push_back(snap);
        }
        if (!later->bookmarks.empty()) {
            if (auto s = destroy_bookmarks(c, later->bookmarks); !s)
                return s.error();
            destroyed.insert(destroyed.end(), later->bookmarks.begin(), later->bookmarks.end());
        }
    }
    auto r = rollback(c, fs, o.snapshot);
    if (!r) {
        Error e = r.error();
        e.message = error_message("rollback to", o.snapshot, e.sys_errno);
        return e;
    }
    return destroyed;
}

} // namespace gzfs::zfs
