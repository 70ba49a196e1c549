import { DiscordErrors } from "./http.js";
import type { EmulatorModel } from "./model.js";
import type { RouteTable } from "./router.js";

/** REST routes of the gateway URL, users and the application itself. */
export function registerApplicationRoutes(routes: RouteTable, model: EmulatorModel): void {
  routes.add("GET", "/gateway", false, () => ({ status: 200, body: { url: model.gatewayUrl } }));
  routes.add("GET", "/gateway/bot", true, () => ({
    status: 200,
    body: {
      url: model.gatewayUrl,
      shards: model.recommendedShards,
      session_start_limit: {
        total: 1000,
        remaining: 999,
        reset_after: 14_400_000,
        max_concurrency: 1,
      },
    },
  }));
  routes.add("GET", "/users/@me", true, () => ({
    status: 200,
    body: { ...model.bot, verified: true, mfa_enabled: false, flags: 0, public_flags: 0 },
  }));
  routes.add("GET", "/users/:userId", true, (ctx) => {
    const user = model.users.get(ctx.params.userId ?? "");
    if (user === undefined) throw DiscordErrors.unknownUser();
    return { status: 200, body: user };
  });
  routes.add("GET", "/applications/@me", true, () => ({
    status: 200,
    body: {
      id: model.applicationId,
      name: model.bot.username,
      icon: null,
      description: "",
      bot_public: false,
      bot_require_code_grant: false,
      bot: model.bot,
      owner: model.user,
      verify_key: "0".repeat(64),
      team: null,
      flags: 0,
      approximate_guild_count: model.guilds.size,
      integration_types_config: { "0": {} },
    },
  }));
}
