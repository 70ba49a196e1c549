import { type REST, Routes } from "discord.js";
import type { InitialResponder, InteractionWebhooks } from "./interaction.js";

/** The REST calls an interaction needs (the interaction endpoints take no bot token). */
export type InteractionRest = Pick<REST, "post" | "patch" | "delete">;

/**
 * Edits and follow-ups addressed with the interaction token (valid 15 minutes): the same for both
 * transports, so any process that holds the token can finish the interaction.
 */
export function createInteractionWebhooks(
  rest: InteractionRest,
  applicationId: string,
  token: string,
): InteractionWebhooks {
  return {
    async editOriginal(body) {
      await rest.patch(Routes.webhookMessage(applicationId, token, "@original"), {
        body,
        auth: false,
      });
    },
    async deleteOriginal() {
      await rest.delete(Routes.webhookMessage(applicationId, token, "@original"), { auth: false });
    },
    async followUp(body) {
      await rest.post(Routes.webhook(applicationId, token), { body, auth: false });
    },
  };
}

/** The gateway transport's initial response: `POST /interactions/{id}/{token}/callback`. */
export function createRestInitialResponder(
  rest: InteractionRest,
  interactionId: string,
  token: string,
): InitialResponder {
  return async (response) => {
    await rest.post(Routes.interactionCallback(interactionId, token), {
      body: response,
      auth: false,
    });
  };
}
