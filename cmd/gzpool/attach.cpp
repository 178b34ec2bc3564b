// gzpool attach [-f] [-s] POOL DEV NEW  /  gzpool replace [-f] [-s] POOL OLD [NEW]
#include "cli.h"
#include "commands.h"
#include "result_json.h"

#include "pool/pool_ops.h"
#include "pool/vdev_target.h"

namespace gzfs::cli {
namespace {

struct AttachArgs {
    bool force = false, sequential = false, wait = false;
    std::string pool, device, new_device;
    JsonFlags json;
};

void attach(const AttachArgs& a, bool replacing)
{
    std::string_view command = replacing ? "zpool replace" : "zpool attach";
    std::string verb = replacing ? "replace" : "attach";
    std::string new_device = a.new_device.empty() ? a.device : a.new_device;
    if (!replacing && a.new_device.empty()) {
        usage_error(command, "missing <new_device> specification", a.json.json);
        return;
    }
    Client* c = client(command, a.json.json);
    if (!c)
        return;
    auto target = find_target(*c, a.pool, a.device, verb);
    if (!target) {
        report_error(command, target.error(), a.json.json);
        return;
    }
    auto tree = single_device_tree(*c, a.pool, new_device, verb, a.force);
    if (!tree) {
        report_error(command, tree.error(), a.json.json);
        return;
    }
    if (auto st = vdev_attach(*c, a.pool, target->guid, *tree, replacing, a.sequential); !st) {
        Error e = st.error();
        if (e.sys_errno == ENOTSUP && !replacing)
            e.message = "cannot attach " + new_device + " to " + a.device +
                        ": can only attach to mirrors and top-level disks";
        report_error(command, e, a.json.json);
        return;
    }
    if (a.wait)
        (void)pool_wait(*c, a.pool, WaitActivity::Resilver);
    print_done(a.json.json, command, a.pool, verb,
               {{"device", a.device}, {"new_device", new_device}});
}

} // namespace

void register_attach(CLI::App& app)
{
    for (bool replacing : {false, true}) {
        auto a = std::make_shared<AttachArgs>();
        CLI::App* cmd = app.add_subcommand(replacing ? "replace" : "attach",
                                           replacing ? "replace a device"
                                                     : "attach a device, making a mirror");
        cmd->add_flag("-f", a->force, "use the device even if it seems in use");
        cmd->add_flag("-s", a->sequential, "sequential reconstruction (rebuild)");
        cmd->add_flag("-w", a->wait, "wait until resilvered");
        add_json_flags(cmd, a->json);
        cmd->add_option("pool", a->pool, "pool")->required();
        cmd->add_option("device", a->device, "existing device")->required();
        cmd->add_option("new_device", a->new_device, "new device");
        cmd->callback([a, replacing] { attach(*a, replacing); });
    }
}

} // namespace gzfs::cli
