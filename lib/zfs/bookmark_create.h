#pragma once
// zfs bookmark, plus -r: the bookmark of the same-named snapshot on every descendant, in one
// atomic BOOKMARK ioctl (openzfs#9460).

#include "base/result.h"
#include "ioctl/client.h"

#include <string>
#include <vector>

namespace gzfs::zfs {

/// What gzfs bookmark takes.
struct BookmarkOptions {
    std::string source;    ///< "fs@snap" or "fs#mark"
    std::string bookmark;  ///< "fs#new" or just "#new"
    bool recursive = false; ///< -r (snapshot sources only)
};

/// Creates the bookmark(s); returns their names.
Result<std::vector<std::string>> create_bookmarks(Client& c, const BookmarkOptions& options);

} // namespace gzfs::zfs
