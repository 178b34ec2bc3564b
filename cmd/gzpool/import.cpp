// gzpool import [-d DIR]... [-D] [-j]                 list importable pools
// gzpool import [-d DIR]... [-D] [-f] [-N] [-o prop=val]... [-R root] [-t] -a | POOL|GUID [NEWNAME]
// Scans vdev labels itself, then TRYIMPORT + IMPORT. Never mounts (-N is always in effect).
#include "cli.h"
#include "commands.h"

#include "output/json_output.h"

#include <cstdio>
#include "output/pool_import_text.h"
#include "output/pool_json.h"
#include "pool/import_scan.h"
#include "pool/pool_health.h"
#include "pool/pool_name.h"
#include "pool/pool_props.h"

namespace gzfs::cli {
namespace {

constexpr std::string_view kCommand = "zpool import";

struct ImportArgs {
    std::vector<std::string> dirs, props;
    std::string altroot;
    bool all = false, force = false, no_mount = false, destroyed = false, temp_name = false;
    std::vector<std::string> names;  // POOL|GUID [NEWNAME]
    JsonFlags json;
};

void list_candidates(Client& c, const std::vector<ImportCandidate>& found, const ImportArgs& a)
{
    out::Json doc = out::envelope(kCommand);
    doc["pools"] = out::Json::object();
    std::string text;
    for (const ImportCandidate& cand : found) {
        auto config = try_import(c, cand);
        if (!config) {
            report_error(kCommand, config.error(), a.json.json);
            continue;
        }
        auto pool = parse_pool_config(*config, c.version() >= Version{0, 8, 0});
        if (!pool)
            continue;
        HealthReport health = pool_health(*pool, true);
        if (a.json.json) {
            out::PoolJsonOptions o{a.json.json_int, a.json.json_int, false, 0};
            out::Json j = out::pool_status_json(*pool, health, o);
            j["state"] = health.state;
            j.erase("error_count");
            std::string key = a.json.guid_keys ? std::to_string(pool->guid) : pool->name;
            doc["pools"][key] = std::move(j);
            continue;
        }
        if (!text.empty())
            text += "\n";
        text += out::render_import_candidate(*pool, health, cand.state == 2);
    }
    if (a.json.json) {
        print(out::dump_line(doc));
        return;
    }
    print(text);
    if (found.empty())  // zpool says so on stderr but exits 0
        std::fputs("no pools available to import\n", stderr);
}

bool build_props(const ImportArgs& a, nv::NvList& props, const std::string& pool)
{
    for (const std::string& p : a.props) {
        size_t eq = p.find('=');
        if (eq == std::string::npos) {
            usage_error(kCommand, "missing '=' for property=value argument", a.json.json);
            return false;
        }
        if (auto st = add_pool_prop(props, p.substr(0, eq), p.substr(eq + 1), "import", pool, true);
            !st) {
            report_error(kCommand, st.error(), a.json.json);
            return false;
        }
    }
    if (!a.altroot.empty()) {
        props.add_string("altroot", a.altroot);
        if (!props.contains("cachefile"))
            props.add_string("cachefile", "none");
    }
    return true;
}

void import_one(Client& c, const ImportCandidate& cand, const ImportArgs& a,
                const std::string& new_name, out::Json& done)
{
    ImportRequest r;
    r.new_name = new_name;
    r.force = a.force;
    r.temp_name = a.temp_name;
    if (!build_props(a, r.props, cand.name))
        return;
    if (!new_name.empty())
        if (auto st = check_pool_name(new_name, true, "import"); !st) {
            report_error(kCommand, st.error(), a.json.json);
            return;
        }
    if (auto st = import_candidate(c, cand, r); !st) {
        report_error(kCommand, st.error(), a.json.json);
        return;
    }
    done.push_back(new_name.empty() ? cand.name : new_name);
}

void run(const ImportArgs& a)
{
    if (a.names.size() > 2) {
        usage_error(kCommand, "too many arguments", a.json.json);
        return;
    }
    Client* c = client(kCommand, a.json.json);
    if (!c)
        return;
    auto found = scan_import_candidates(a.dirs.empty() ? default_import_dirs() : a.dirs,
                                        a.destroyed);
    if (a.names.empty() && !a.all) {
        list_candidates(*c, found, a);
        return;
    }
    out::Json done = out::Json::array();
    if (a.all) {
        for (const ImportCandidate& cand : found)
            import_one(*c, cand, a, "", done);
    } else {
        const std::string& want = a.names[0];
        std::vector<const ImportCandidate*> match;
        for (const ImportCandidate& cand : found)
            if (cand.name == want || std::to_string(cand.guid) == want)
                match.push_back(&cand);
        if (match.empty())
            report_error(kCommand, make_error("cannot import '" + want +
                                                  "': no such pool available", ENOENT),
                         a.json.json);
        else if (match.size() > 1)
            report_error(kCommand, make_error("cannot import '" + want +
                                                  "': more than one matching pool; import by "
                                                  "numeric ID instead", EEXIST),
                         a.json.json);
        else
            import_one(*c, *match[0], a, a.names.size() > 1 ? a.names[1] : "", done);
    }
    if (a.json.json && exit_status() == kExitOk) {
        out::Json doc = out::envelope(kCommand);
        doc["imported"] = done;
        print(out::dump_line(doc));
    }
}

} // namespace

void register_import(CLI::App& app)
{
    auto a = std::make_shared<ImportArgs>();
    CLI::App* cmd = app.add_subcommand("import", "list or import pools found by reading labels");
    cmd->add_option("-d", a->dirs, "directory to scan (repeatable)");
    cmd->add_option("-o", a->props, "pool property=value");
    cmd->add_option("-R", a->altroot, "alternate root (sets cachefile=none)");
    cmd->add_flag("-a", a->all, "import every pool found");
    cmd->add_flag("-f", a->force, "import a pool that was not exported");
    cmd->add_flag("-N", a->no_mount, "do not mount (always the case)");
    cmd->add_flag("-D", a->destroyed, "destroyed pools");
    cmd->add_flag("-t", a->temp_name, "NEWNAME is temporary");
    add_json_flags(cmd, a->json, false, true);
    cmd->add_option("names", a->names, "POOL|GUID [NEWNAME]");
    cmd->callback([a] { run(*a); });
}

} // namespace gzfs::cli
