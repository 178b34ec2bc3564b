// gzfs get: property values with their sources, like `zfs get`.
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

#include <cstring>
#include <set>
#include <sstream>

namespace gzfs::cli {

namespace {

constexpr const char* kCommand = "zfs get";

struct GetArgs {
    bool recursive = false;
    int depth = -1;
    std::string types;
    std::string fields = "name,property,value,source";
    std::string sources;
    OutputFlags out;
    std::vector<std::string> operands; ///< property list, then names
};

/// One printed line of `zfs get`.
struct GetRow {
    std::string name;
    std::string property;
    std::optional<zfs::PropertyValue> value;
    std::optional<zfs::PropertyValue> received;
};

/// What `get` found, in output order.
struct GetResult {
    std::vector<std::string> fields;
    std::vector<const zfs::DatasetRecord*> datasets;
    std::vector<GetRow> rows;
    // zfs sizes columns over everything it looked at, printed or filtered out.
    size_t name_width = 0;
    size_t property_width = 0;
    size_t value_width = 0;
    size_t received_width = 0;
};

std::vector<std::string> split(const std::string& text)
{
    std::vector<std::string> parts;
    std::stringstream in(text);
    std::string part;
    while (std::getline(in, part, ','))
        parts.push_back(part);
    return parts;
}

// The user properties `get all` shows, in zfs's order: libzfs grows one list for the whole
// run, appending each user property the first time a dataset has it, in walk (kernel) order,
// not in the sorted order the rows print in.
std::vector<std::string> user_properties(const std::vector<zfs::DatasetRecord>& walked)
{
    std::vector<std::string> names;
    std::set<std::string> seen;
    for (const auto& r : walked)
        for (const auto& pair : r.props.pairs())
            if (zfs::is_user_property(pair.name) && seen.insert(pair.name).second)
                names.push_back(pair.name);
    return names;
}

// "all": every visible native property of the dataset's type, then the user properties.
std::vector<std::string> expand_all(const zfs::DatasetRecord& r, const std::vector<std::string>& user)
{
    std::vector<std::string> props;
    for (const auto& def : zfs::property_table())
        if (def.visible && zfs::module_supports(def) && zfs::applies_to(def, r.type))
            props.emplace_back(def.name);
    props.insert(props.end(), user.begin(), user.end());
    return props;
}

Status check_sources(const std::string& list, uint32_t* mask)
{
    *mask = 0;
    if (list.empty()) {
        *mask = ~0u;
        return {};
    }
    for (const auto& word : split(list)) {
        zfs::SourceType t;
        if (word == "local")
            t = zfs::SourceType::Local;
        else if (word == "default")
            t = zfs::SourceType::Default;
        else if (word == "inherited")
            t = zfs::SourceType::Inherited;
        else if (word == "received")
            t = zfs::SourceType::Received;
        else if (word == "temporary")
            t = zfs::SourceType::Temporary;
        else if (word == "none")
            t = zfs::SourceType::None;
        else
            return make_error("invalid source '" + word + "'");
        *mask |= 1u << static_cast<int>(t);
    }
    return {};
}

std::string field_text(const GetRow& row, const std::string& field)
{
    if (field == "name")
        return row.name;
    if (field == "property")
        return row.property;
    if (field == "value")
        return row.value ? row.value->text : "-";
    if (field == "received")
        return row.received ? row.received->text : "-";
    return row.value ? zfs::source_text(row.value->source) : "-";
}

void render_text(const GetResult& result, const OutputFlags& flags)
{
    if (result.rows.empty())
        return;
    std::vector<out::Column> columns;
    for (const auto& f : result.fields) {
        std::string header = f;
        for (auto& c : header)
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        columns.push_back({header, false});
    }
    out::Table table(std::move(columns));
    for (size_t i = 0; i < result.fields.size(); i++) {
        const std::string& f = result.fields[i];
        table.widen(i, f == "name"       ? result.name_width
                       : f == "property" ? result.property_width
                       : f == "value"    ? result.value_width
                       : f == "received" ? result.received_width
                                         : 0);
    }
    for (const auto& row : result.rows) {
        std::vector<std::string> cells;
        for (const auto& f : result.fields)
            cells.push_back(field_text(row, f));
        table.add_row(std::move(cells));
    }
    print(table.render({.scripted = flags.scripted}));
}

void render_json(const GetResult& result, const std::vector<zfs::DatasetRecord>& records,
                 const OutputFlags& flags)
{
    out::Json doc = out::envelope(kCommand);
    out::Json datasets = out::Json::object();
    size_t next = 0;
    for (const auto& r : records) {
        out::Json d = out::dataset_json(r, flags.json_int);
        out::Json props = out::Json::object();
        for (; next < result.rows.size() && result.rows[next].name == r.name; next++) {
            const GetRow& row = result.rows[next];
            out::Json p = out::property_json(row.value, flags.json_int);
            if (std::find(result.fields.begin(), result.fields.end(), "received") !=
                result.fields.end())
                p["received"] = row.received ? out::value_json(row.received->text, flags.json_int)
                                             : out::Json("-");
            props[row.property] = std::move(p);
        }
        d["properties"] = std::move(props);
        datasets[r.name] = std::move(d);
    }
    doc["datasets"] = std::move(datasets);
    print(out::dump_line(doc));
}

void run(const GetArgs& a)
{
    OutputFlags flags = a.out;
    flags.json |= flags.json_int;
    if (a.operands.empty())
        return usage_error(kCommand, "missing property argument", flags.json);
    const std::vector<std::string> fields =
        a.fields == "all" ? split("name,property,value,received,source") : split(a.fields);
    for (const auto& f : fields)
        if (f != "name" && f != "property" && f != "value" && f != "received" && f != "source")
            return usage_error(kCommand, "invalid field '" + f + "'", flags.json);
    uint32_t source_mask = 0;
    if (auto s = check_sources(a.sources, &source_mask); !s)
        return usage_error(kCommand, s.error().message, flags.json);
    auto types = parse_types(a.types.empty() ? "all" : a.types);
    if (!types)
        return usage_error(kCommand, types.error().message, flags.json);
    const bool all = a.operands[0] == "all";
    std::vector<std::string> props;
    if (!all) {
        auto cols = parse_columns({a.operands[0]});
        if (!cols)
            return usage_error(kCommand, cols.error().message, flags.json);
        props = *cols;
    }
    const std::vector<std::string> names(a.operands.begin() + 1, a.operands.end());
    for (const auto& name : names)
        if (auto s = zfs::check_name(name, zfs::kTypeDataset | zfs::kTypeBookmark, "open"); !s)
            return report_error(kCommand, s.error(), flags.json);

    auto client = Client::open();
    if (!client)
        return report_error(kCommand, client.error(), flags.json);
    zfs::WalkOptions w;
    w.names = names;
    w.types = *types;
    w.recursive = a.recursive || a.depth >= 0;
    w.depth = a.depth;
    w.roots_any_type = true;
    w.zplprops = all || std::any_of(props.begin(), props.end(), [](const std::string& p) {
        return p == "version" || p == "normalization" || p == "utf8only" || p == "casesensitivity";
    });
    w.mounted = all || std::find(props.begin(), props.end(), "mounted") != props.end();
    w.received = std::find(fields.begin(), fields.end(), "received") != fields.end();
    std::vector<zfs::DatasetRecord> records;
    auto on_root_error = [&](const Error& e) { report_error(kCommand, e, flags.json); };
    auto visit = [&](zfs::DatasetRecord&& r) -> Status {
        records.push_back(std::move(r));
        return {};
    };
    if (auto s = zfs::walk(*client, w, visit, on_root_error); !s)
        return report_error(kCommand, s.error(), flags.json);
    const std::vector<std::string> user = all ? user_properties(records) : std::vector<std::string>{};
    zfs::sort_records(records, {});

    GetResult result{fields, {}, {}};
    const zfs::ValueOptions values{flags.parsable || flags.json_int};
    if (all)
        for (const auto& def : zfs::property_table())
            if (def.visible && zfs::module_supports(def))
                result.property_width = std::max(result.property_width, std::strlen(def.name));
    for (const auto& p : props) {
        result.property_width = std::max(result.property_width, p.size());
        result.value_width = std::max(result.value_width, zfs::column_width(p));
    }
    for (const auto& r : records) {
        result.name_width = std::max(result.name_width, r.name.size());
        const std::vector<std::string> listed = all ? expand_all(r, user) : props;
        for (const auto& prop : listed) {
            result.property_width = std::max(result.property_width, prop.size());
            GetRow row{r.name, prop, zfs::property_value(r, prop, values), std::nullopt};
            // `get all` skips what has no value here; a named property prints "-".
            if (all && !row.value)
                continue;
            if (w.received)
                row.received = zfs::received_value(r, prop, values);
            result.value_width = std::max(result.value_width, field_text(row, "value").size());
            result.received_width =
                std::max(result.received_width, field_text(row, "received").size());
            const auto type = row.value ? row.value->source.type : zfs::SourceType::None;
            if (!(source_mask & (1u << static_cast<int>(type))))
                continue;
            result.rows.push_back(std::move(row));
        }
    }
    if (flags.json)
        render_json(result, records, flags);
    else
        render_text(result, flags);
}

} // namespace

void register_get(CLI::App& app)
{
    auto a = std::make_shared<GetArgs>();
    CLI::App* cmd = app.add_subcommand("get", "print properties and their sources");
    cmd->add_flag("-r", a->recursive, "recurse into descendants");
    cmd->add_option("-d", a->depth, "recurse at most N levels");
    cmd->add_option("-t", a->types, "types: filesystem,volume,snapshot,bookmark,all");
    cmd->add_option("-o", a->fields, "fields: name,property,value,received,source");
    cmd->add_option("-s", a->sources, "sources: local,default,inherited,received,temporary,none");
    cmd->add_flag("-H", a->out.scripted, "no header, tab-separated");
    cmd->add_flag("-p", a->out.parsable, "exact numbers");
    add_json_flags(cmd, a->out);
    cmd->add_option("args", a->operands, "all|PROPERTY[,...] [NAME...]");
    cmd->callback([a] { run(*a); });
}

} // namespace gzfs::cli
