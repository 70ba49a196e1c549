import { registerApplicationRoutes } from "./application.js";
import { registerCommandRoutes } from "./application-commands.js";
import { registerChannelRoutes } from "./channels.js";
import { registerGuildRoutes } from "./guilds.js";
import { registerInteractionRoutes } from "./interaction-callbacks.js";
import type { EmulatorModel } from "./model.js";
import { RouteTable } from "./router.js";
import { registerThreadRoutes } from "./threads.js";

/**
 * The registration point of the emulator's REST resources. A resource lives in its own file and
 * exports `register<Resource>Routes(routes, model)`, which calls `routes.add(method, template,
 * auth, handler)` for each of its routes and reads or changes the shared `EmulatorModel`. To add a
 * resource, write that file and append its function here. Order matters only between templates
 * that match the same path: the first registered route with a matching method wins.
 */
export type RegisterRoutes = (routes: RouteTable, model: EmulatorModel) => void;

export const RESOURCES: readonly RegisterRoutes[] = [
  registerApplicationRoutes,
  registerCommandRoutes,
  registerInteractionRoutes,
  registerChannelRoutes,
  registerGuildRoutes,
  registerThreadRoutes,
];

export function buildRoutes(model: EmulatorModel): RouteTable {
  const routes = new RouteTable();
  for (const register of RESOURCES) register(routes, model);
  return routes;
}
