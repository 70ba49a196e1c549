import { GatewayOp } from "./gateway.js";
import type { EmulatorModel } from "./model.js";
import type { FaultQueue } from "./router.js";
import type { EmulatorFaults } from "./types.js";

/** The faults a test can inject: gateway closes and opcodes, REST errors, permission changes. */
export function buildFaults(model: EmulatorModel, rest: FaultQueue): EmulatorFaults {
  const gateway = model.gateway;
  return {
    closeGateway: (code, reason) => {
      if (!gateway.close(code, reason)) throw new Error("closeGateway: no bot is connected");
    },
    requestReconnect: () => {
      if (!gateway.sendOp(GatewayOp.Reconnect, null))
        throw new Error("requestReconnect: no bot is connected");
    },
    invalidateSession: (resumable) => {
      if (!gateway.sendOp(GatewayOp.InvalidSession, resumable))
        throw new Error("invalidateSession: no bot is connected");
    },
    nextRest: (match, fault, times = 1) => {
      rest.push(match, fault, times);
    },
    denyChannel: (channelId, permissions) => {
      const state = model.requireKnownChannel(channelId);
      const overwrites = state.channel.permission_overwrites;
      const own = overwrites.find((o) => o.id === model.botUserId);
      if (own === undefined)
        overwrites.push({
          id: model.botUserId,
          type: 1,
          allow: "0",
          deny: permissions.toString(),
        });
      else own.deny = (BigInt(own.deny) | permissions).toString();
      gateway.dispatch("CHANNEL_UPDATE", state.channel);
    },
    allowChannel: (channelId) => {
      const state = model.requireKnownChannel(channelId);
      state.channel.permission_overwrites = state.channel.permission_overwrites.filter(
        (o) => o.id !== model.botUserId,
      );
      gateway.dispatch("CHANNEL_UPDATE", state.channel);
    },
    deleteChannel: (channelId) => {
      const state = model.requireKnownChannel(channelId);
      state.deleted = true;
      gateway.dispatch("CHANNEL_DELETE", state.channel);
    },
    clear: () => {
      rest.clear();
    },
  };
}
