#include "zfs/snapshot_create.h"

#include "zfs/dataset_lookup.h"
#include "zfs/dataset_name.h"
#include "zfs/dataset_ops.h"

#include <cerrno>

namespace gzfs::zfs {

Result<std::vector<std::string>> create_snapshots(Client& c, const SnapshotOptions& o)
{
    std::vector<std::string> all;
    for (const auto& name : o.names) {
        if (auto s = check_name(name, kTypeSnapshot, "create snapshot"); !s)
            return s.error();
        if (pool_of(name) != pool_of(o.names.front()))
            return make_error("cannot create snapshot '" + name +
                                  "': all snapshots must be in the same pool",
                              EXDEV);
        const size_t at = name.find('@');
        const std::string fs = name.substr(0, at);
        auto type = dataset_type(c, fs);
        if (!type)
            return make_error("cannot open '" + fs + "': dataset does not exist", ENOENT);
        all.push_back(name);
        if (o.recursive) {
            auto below = descendants(c, fs);
            if (!below)
                return below.error();
            for (const auto& d : *below)
                all.push_back(d + name.substr(at));
        }
    }
    auto props = property_list(o.properties, {kTypeSnapshot, true}, "create snapshot",
                               o.names.front());
    if (!props)
        return props.error();
    if (auto s = snapshot(c, all, *props); !s)
        return s.error();
    return all;
}

} // namespace gzfs::zfs
