#include "zfs/dataset_lookup.h"

#include "zfs/dataset_ops.h"
#include "zfs/dataset_record.h"

#include <algorithm>
#include <cerrno>

namespace gzfs::zfs {

Result<uint32_t> dataset_type(Client& c, const std::string& name)
{
    auto info = objset_stats(c, name, false);
    if (!info) {
        Error e = info.error();
        if (e.sys_errno == ENOENT)
            e.message = "cannot open '" + name + "': dataset does not exist";
        return e;
    }
    return type_of(info->stats);
}

bool dataset_exists(Client& c, const std::string& name)
{
    return objset_stats(c, name, false).ok();
}

Result<std::vector<std::string>> descendants(Client& c, const std::string& name)
{
    std::vector<std::string> out;
    std::vector<std::string> pending{name};
    while (!pending.empty()) {
        const std::string parent = pending.back();
        pending.pop_back();
        ListCursor cursor;
        cursor.simple = true;
        std::vector<std::string> children;
        for (;;) {
            auto next = dataset_list_next(c, parent, cursor);
            if (!next) {
                if (next.error().sys_errno == ENOENT || next.error().sys_errno == ESRCH)
                    break;
                return next.error();
            }
            if (!*next)
                break;
            if ((*next)->name.find_first_of("$%") == std::string::npos)
                children.push_back((*next)->name);
        }
        for (auto it = children.rbegin(); it != children.rend(); ++it)
            pending.push_back(*it);
        out.insert(out.end(), children.begin(), children.end());
    }
    // Parents before children: sort by depth, stable in discovery order.
    std::stable_sort(out.begin(), out.end(), [](const std::string& a, const std::string& b) {
        return std::count(a.begin(), a.end(), '/') < std::count(b.begin(), b.end(), '/');
    });
    return out;
}

Result<std::vector<std::string>> snapshots_of(Client& c, const std::string& name)
{
    std::vector<std::pair<uint64_t, std::string>> snaps;
    ListCursor cursor;
    cursor.simple = true;
    for (;;) {
        auto next = snapshot_list_next(c, name, cursor);
        if (!next)
            return next.error();
        if (!*next)
            break;
        snaps.emplace_back((*next)->stats.creation_txg, (*next)->name);
    }
    std::stable_sort(snaps.begin(), snaps.end());
    std::vector<std::string> out;
    for (auto& s : snaps)
        out.push_back(std::move(s.second));
    return out;
}

} // namespace gzfs::zfs
