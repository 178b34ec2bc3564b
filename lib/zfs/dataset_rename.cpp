#include "zfs/dataset_rename.h"

#include "zfs/dataset_create.h"
#include "zfs/dataset_lookup.h"
#include "zfs/dataset_name.h"
#include "zfs/dataset_ops.h"

#include <cerrno>

namespace gzfs::zfs {

namespace {

Error cannot(const std::string& from, const std::string& reason, int err = EINVAL)
{
    return make_error("cannot rename '" + from + "': " + reason, err);
}

Status check_snapshot_rename(const RenameOptions& o, const std::string& to)
{
    if (auto s = check_name(to, kTypeSnapshot, "rename to"); !s)
        return s;
    if (o.from.substr(0, o.from.find('@')) != to.substr(0, to.find('@')))
        return cannot(o.from, "snapshots must be part of same dataset");
    if (o.parents)
        return cannot(o.from, "-p is not valid for snapshots", EINVAL);
    return {};
}

} // namespace

Status rename(Client& c, const RenameOptions& o)
{
    const bool snapshot = o.from.find('@') != std::string::npos;
    if (auto s = check_name(o.from, snapshot ? kTypeSnapshot : kTypeFilesystem | kTypeVolume,
                            "rename");
        !s)
        return s;
    std::string to = o.to;
    if (snapshot && to.starts_with("@"))
        to = o.from.substr(0, o.from.find('@')) + to;
    if (snapshot) {
        if (auto s = check_snapshot_rename(o, to); !s)
            return s;
    } else {
        if (o.recursive)
            return cannot(o.from, "-r is valid only for snapshots");
        if (auto s = check_name(to, kTypeFilesystem | kTypeVolume, "rename to"); !s)
            return s;
        if (pool_of(o.from) != pool_of(to))
            return cannot(o.from, "datasets must be within same pool", EXDEV);
        if (to.starts_with(o.from + "/"))
            return cannot(o.from, "New dataset name cannot be a descendant of current "
                                  "dataset name");
    }
    if (auto t = dataset_type(c, o.from); !t)
        return t.error();
    if (dataset_exists(c, to))
        return make_error("cannot rename to '" + to + "': dataset already exists", EEXIST);
    if (!snapshot) {
        const std::string parent = parent_of(to);
        if (!dataset_exists(c, parent)) {
            if (!o.parents)
                return make_error("cannot rename to '" + to + "': parent does not exist",
                                  ENOENT);
            CreateOptions p;
            p.name = parent;
            p.parents = true;
            if (auto r = create_dataset(c, p); !r)
                return r.error();
        }
    }
    return rename_dataset(c, o.from, to, o.recursive);
}

} // namespace gzfs::zfs
