#include "zfs/bookmark_create.h"

#include "zfs/dataset_lookup.h"
#include "zfs/dataset_name.h"
#include "zfs/dataset_ops.h"

#include <cerrno>
#include <map>

namespace gzfs::zfs {

Result<std::vector<std::string>> create_bookmarks(Client& c, const BookmarkOptions& o)
{
    const bool from_snapshot = o.source.find('@') != std::string::npos;
    if (auto s = check_name(o.source, from_snapshot ? kTypeSnapshot : kTypeBookmark,
                            "create bookmark from");
        !s)
        return s.error();
    const std::string fs = o.source.substr(0, o.source.find_first_of("@#"));
    std::string target = o.bookmark;
    if (target.starts_with("#"))
        target = fs + target;
    if (auto s = check_name(target, kTypeBookmark, "create bookmark"); !s)
        return s.error();
    if (target.substr(0, target.find('#')) != fs)
        return make_error("cannot create bookmark '" + target +
                              "': must be in same dataset as the source",
                          EINVAL);
    if (o.recursive && !from_snapshot)
        return make_error("cannot create bookmark '" + target + "': -r needs a snapshot source",
                          EINVAL);
    if (from_snapshot && !dataset_exists(c, o.source))
        return make_error("cannot create bookmark '" + target + "': snapshot '" + o.source +
                              "' does not exist",
                          ENOENT);
    std::map<std::string, std::string> marks{{target, o.source}};
    if (o.recursive) {
        const std::string snap = o.source.substr(o.source.find('@'));
        const std::string mark = target.substr(target.find('#'));
        auto below = descendants(c, fs);
        if (!below)
            return below.error();
        for (const auto& d : *below)
            if (dataset_exists(c, d + snap))
                marks[d + mark] = d + snap;
    }
    if (auto s = bookmark(c, marks); !s)
        return s.error();
    std::vector<std::string> names;
    for (const auto& [name, source] : marks)
        names.push_back(name);
    return names;
}

} // namespace gzfs::zfs
