// gzfs list: datasets, snapshots and bookmarks with chosen properties, like `zfs list`, plus
// --json-lines streaming (one object a line, as the kernel returns them, constant memory).
#include "cli.h"
#include "commands.h"
#include "dataset_args.h"

#include "ioctl/client.h"
#include "output/dataset_json.h"
#include "output/table.h"
#include "zfs/dataset_name.h"
#include "zfs/dataset_sort.h"
#include "zfs/dataset_walk.h"
#include "zfs/property.h"
#include "zfs/property_value.h"

#include <cerrno>

namespace gzfs::cli {

namespace {

constexpr const char* kCommand = "zfs list";

struct ListArgs {
    bool recursive = false;
    int depth = -1;
    std::string types;
    std::vector<std::string> columns;
    std::vector<std::string> sort_ascending;
    std::vector<std::string> sort_descending;
    bool json_lines = false;
    OutputFlags out;
    std::vector<std::string> names;
};

/// What `list` found: the columns asked for and the objects, in output order.
struct ListResult {
    std::vector<std::string> columns;
    std::vector<zfs::DatasetRecord> records;
};

out::Json record_json(const zfs::DatasetRecord& r, const std::vector<std::string>& columns,
                      const OutputFlags& flags)
{
    const zfs::ValueOptions values{flags.parsable || flags.json_int};
    out::Json d = out::dataset_json(r, flags.json_int);
    out::Json props = out::Json::object();
    for (const auto& column : columns) {
        if (column == "name")
            continue;
        props[column] = out::property_json(zfs::property_value(r, column, values), flags.json_int);
    }
    d["properties"] = std::move(props);
    return d;
}

void render_text(const ListResult& result, const OutputFlags& flags)
{
    std::vector<out::Column> columns;
    for (const auto& c : result.columns)
        columns.push_back({column_header(c), column_right_aligned(c)});
    out::Table table(std::move(columns));
    // zfs reserves each column's width before seeing values (zprop_width).
    for (size_t i = 0; i < result.columns.size(); i++)
        table.widen(i, zfs::column_width(result.columns[i]));
    const zfs::ValueOptions values{flags.parsable};
    for (const auto& r : result.records) {
        std::vector<std::string> cells;
        for (const auto& c : result.columns) {
            auto v = zfs::property_value(r, c, values);
            cells.push_back(v ? v->text : "-");
        }
        table.add_row(std::move(cells));
    }
    if (result.records.empty()) {
        // zfs says so on stderr, unless it already said why (a name that does not exist).
        if (exit_status() == kExitOk)
            std::fprintf(stderr, "no datasets available\n");
        return;
    }
    print(table.render({.scripted = flags.scripted}));
}

void render_json(const ListResult& result, const OutputFlags& flags)
{
    out::Json doc = out::envelope(kCommand);
    out::Json datasets = out::Json::object();
    for (const auto& r : result.records)
        datasets[r.name] = record_json(r, result.columns, flags);
    doc["datasets"] = std::move(datasets);
    print(out::dump_line(doc));
}

bool needs(const std::vector<std::string>& props, std::initializer_list<const char*> names)
{
    for (const auto& p : props)
        for (const char* n : names)
            if (p == n)
                return true;
    return false;
}

zfs::WalkOptions walk_options(const ListArgs& a, uint32_t types,
                              const std::vector<std::string>& columns,
                              const std::vector<zfs::SortKey>& keys)
{
    zfs::WalkOptions w;
    w.names = a.names;
    w.types = types;
    w.recursive = a.recursive || a.depth >= 0;
    w.depth = a.depth;
    w.roots_any_type = a.types.empty();
    // `zfs list -t snapshot FS` lists FS's snapshots: one level down.
    if (types == zfs::kTypeSnapshot && !a.names.empty() && !w.recursive) {
        w.recursive = true;
        w.depth = 1;
    }
    std::vector<std::string> wanted = columns;
    for (const auto& k : keys)
        wanted.push_back(k.property);
    w.props = false;
    for (const auto& p : wanted)
        if (!zfs::available_without_props(p))
            w.props = true;
    w.zplprops = needs(wanted, {"version", "normalization", "utf8only", "casesensitivity"});
    w.mounted = needs(wanted, {"mounted"});
    return w;
}

void run(const ListArgs& a)
{
    OutputFlags flags = a.out;
    bool json_word = false;
    auto columns = parse_columns(a.columns.empty() ? std::vector<std::string>{"name,used,available,referenced,mountpoint"} : a.columns, &json_word);
    flags.json |= json_word || flags.json_int;
    if (!columns)
        return usage_error(kCommand, "bad property list: " + columns.error().message, flags.json);
    if (columns->empty())
        *columns = {"name", "used", "available", "referenced", "mountpoint"};
    auto types = parse_types(a.types.empty() ? "filesystem,volume" : a.types);
    if (!types)
        return usage_error(kCommand, types.error().message, flags.json);
    auto keys = parse_sort_keys(a.sort_ascending, a.sort_descending);
    if (!keys)
        return usage_error(kCommand, keys.error().message, flags.json);
    if (a.json_lines && !keys->empty())
        return usage_error(kCommand, "--json-lines prints in kernel order: no -s/-S", flags.json);
    // A bad name is reported and skipped; the others are still listed (as zfs). Bookmarks
    // are names only when -t asks for them.
    ListArgs valid = a;
    valid.names.clear();
    const uint32_t name_types =
        zfs::kTypeDataset | (*types & zfs::kTypeBookmark ? zfs::kTypeBookmark : 0);
    for (const auto& name : a.names) {
        if (auto s = zfs::check_name(name, name_types, "open"); !s)
            report_error(kCommand, s.error(), flags.json);
        else
            valid.names.push_back(name);
    }
    if (!a.names.empty() && valid.names.empty())
        return;

    auto client = Client::open();
    if (!client)
        return report_error(kCommand, client.error(), flags.json);

    const zfs::WalkOptions walk = walk_options(valid, *types, *columns, *keys);
    auto on_root_error = [&](const Error& e) { report_error(kCommand, e, flags.json); };
    ListResult result{*columns, {}};
    zfs::Visitor visit;
    if (a.json_lines) {
        visit = [&](zfs::DatasetRecord&& r) -> Status {
            print(out::dump_line(record_json(r, result.columns, flags)));
            return {};
        };
    } else {
        visit = [&](zfs::DatasetRecord&& r) -> Status {
            result.records.push_back(std::move(r));
            return {};
        };
    }
    if (auto s = zfs::walk(*client, walk, visit, on_root_error); !s)
        return report_error(kCommand, s.error(), flags.json);
    if (valid.json_lines)
        return;
    zfs::sort_records(result.records, *keys);
    if (flags.json)
        render_json(result, flags);
    else
        render_text(result, flags);
}

} // namespace

void register_list(CLI::App& app)
{
    auto a = std::make_shared<ListArgs>();
    CLI::App* cmd = app.add_subcommand("list", "list datasets, snapshots and bookmarks");
    cmd->add_flag("-r", a->recursive, "recurse into descendants");
    cmd->add_option("-d", a->depth, "recurse at most N levels");
    cmd->add_option("-t", a->types, "types: filesystem,volume,snapshot,bookmark,all");
    cmd->add_option("-o", a->columns, "properties to show (json, json,PROPS)")->allow_extra_args(false);
    cmd->add_option("-s", a->sort_ascending, "sort ascending by property")->allow_extra_args(false);
    cmd->add_option("-S", a->sort_descending, "sort descending by property")->allow_extra_args(false);
    cmd->add_flag("-H", a->out.scripted, "no header, tab-separated");
    cmd->add_flag("-p", a->out.parsable, "exact numbers");
    cmd->add_flag("--json-lines", a->json_lines, "one JSON object per line, unsorted, streaming");
    add_json_flags(cmd, a->out);
    cmd->add_option("name", a->names, "datasets to list");
    cmd->callback([a] { run(*a); });
}

} // namespace gzfs::cli
