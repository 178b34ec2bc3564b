// gzfs bookmark [-r] SNAPSHOT|BOOKMARK NEWBOOKMARK. -r: the same-named snapshot of every
// descendant gets the bookmark too, in one atomic ioctl (which zfs does not offer).
#include "cli.h"
#include "commands.h"

#include "zfs/bookmark_create.h"

namespace gzfs::cli {

namespace {

constexpr const char* kCommand = "zfs bookmark";

struct BookmarkArgs {
    bool recursive = false;
    OutputFlags out;
    std::vector<std::string> operands;
};

void run(const BookmarkArgs& a)
{
    if (a.operands.size() != 2)
        return usage_error(kCommand, a.operands.size() < 2 ? "missing source or bookmark argument"
                                                           : "too many arguments",
                           a.out.json);
    zfs::BookmarkOptions o{a.operands[0], a.operands[1], a.recursive};
    auto client = open_client(kCommand, a.out.json);
    if (!client)
        return;
    auto r = zfs::create_bookmarks(*client, o);
    if (!r)
        return report_error(kCommand, r.error(), a.out.json);
    print_result(kCommand, a.out, {{"bookmarks", *r}});
}

} // namespace

void register_bookmark(CLI::App& app)
{
    auto a = std::make_shared<BookmarkArgs>();
    CLI::App* cmd = app.add_subcommand("bookmark", "create a bookmark");
    cmd->add_flag("-r", a->recursive, "bookmark the same snapshot of every descendant");
    add_json_flags(cmd, a->out);
    cmd->add_option("args", a->operands, "SNAPSHOT|BOOKMARK NEWBOOKMARK");
    cmd->callback([a] { run(*a); });
}

} // namespace gzfs::cli
