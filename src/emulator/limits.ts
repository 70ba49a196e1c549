/**
 * Discord's message payload limits, checked the way Discord reports them: a 400 with code 50035
 * "Invalid Form Body" and an `errors` tree whose leaves are `{ _errors: [{ code, message }] }`.
 */

export interface FieldError {
  code: string;
  message: string;
}

export type ErrorTree = {
  _errors?: FieldError[];
  [key: string]: ErrorTree | FieldError[] | undefined;
};

export const MESSAGE_LIMITS = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  embedTotal: 6000,
  actionRows: 5,
  rowComponents: 5,
  customId: 100,
  buttonLabel: 80,
  selectOptions: 25,
  nonce: 25,
} as const;

class ErrorCollector {
  readonly tree: ErrorTree = {};
  empty = true;

  add(path: Array<string | number>, error: FieldError): void {
    let node = this.tree;
    for (const key of path) {
      const k = String(key);
      const next = node[k];
      if (next === undefined || Array.isArray(next)) {
        const created: ErrorTree = {};
        node[k] = created;
        node = created;
      } else {
        node = next;
      }
    }
    node._errors = [...(node._errors ?? []), error];
    this.empty = false;
  }

  maxLength(path: Array<string | number>, value: unknown, max: number): void {
    if (typeof value === "string" && [...value].length > max) {
      this.add(path, {
        code: "BASE_TYPE_MAX_LENGTH",
        message: `Must be ${max} or fewer in length.`,
      });
    }
  }

  requireString(path: Array<string | number>, value: unknown): void {
    if (typeof value !== "string" || value.length === 0) {
      this.add(path, { code: "BASE_TYPE_REQUIRED", message: "This field is required" });
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function textLength(value: unknown): number {
  return typeof value === "string" ? [...value].length : 0;
}

function checkEmbeds(embeds: unknown, errors: ErrorCollector): void {
  if (embeds === undefined || embeds === null) return;
  if (!Array.isArray(embeds)) {
    errors.add(["embeds"], { code: "BASE_TYPE_ARRAY", message: "Must be an array." });
    return;
  }
  if (embeds.length > MESSAGE_LIMITS.embeds) {
    errors.add(["embeds"], {
      code: "BASE_TYPE_MAX_LENGTH",
      message: `Must be ${MESSAGE_LIMITS.embeds} or fewer in length.`,
    });
  }
  let total = 0;
  embeds.forEach((embed: unknown, i) => {
    if (!isRecord(embed)) {
      errors.add(["embeds", i], {
        code: "MODEL_TYPE_CONVERT",
        message: "Only dictionaries may be used in a ModelType",
      });
      return;
    }
    errors.maxLength(["embeds", i, "title"], embed.title, MESSAGE_LIMITS.title);
    errors.maxLength(["embeds", i, "description"], embed.description, MESSAGE_LIMITS.description);
    total += textLength(embed.title) + textLength(embed.description);
    const footer = embed.footer;
    if (isRecord(footer)) {
      errors.maxLength(["embeds", i, "footer", "text"], footer.text, MESSAGE_LIMITS.footerText);
      total += textLength(footer.text);
    }
    const author = embed.author;
    if (isRecord(author)) {
      errors.requireString(["embeds", i, "author", "name"], author.name);
      errors.maxLength(["embeds", i, "author", "name"], author.name, MESSAGE_LIMITS.authorName);
      total += textLength(author.name);
    }
    const fields = embed.fields;
    if (Array.isArray(fields)) {
      if (fields.length > MESSAGE_LIMITS.fields) {
        errors.add(["embeds", i, "fields"], {
          code: "BASE_TYPE_MAX_LENGTH",
          message: `Must be ${MESSAGE_LIMITS.fields} or fewer in length.`,
        });
      }
      fields.forEach((field: unknown, j) => {
        if (!isRecord(field)) return;
        errors.requireString(["embeds", i, "fields", j, "name"], field.name);
        errors.requireString(["embeds", i, "fields", j, "value"], field.value);
        errors.maxLength(["embeds", i, "fields", j, "name"], field.name, MESSAGE_LIMITS.fieldName);
        errors.maxLength(
          ["embeds", i, "fields", j, "value"],
          field.value,
          MESSAGE_LIMITS.fieldValue,
        );
        total += textLength(field.name) + textLength(field.value);
      });
    }
  });
  if (total > MESSAGE_LIMITS.embedTotal) {
    errors.add(["embeds"], {
      code: "MAX_EMBED_SIZE_EXCEEDED",
      message: `Embed size exceeds maximum size of ${MESSAGE_LIMITS.embedTotal}`,
    });
  }
}

function checkComponents(components: unknown, errors: ErrorCollector): void {
  if (components === undefined || components === null) return;
  if (!Array.isArray(components)) {
    errors.add(["components"], { code: "BASE_TYPE_ARRAY", message: "Must be an array." });
    return;
  }
  if (components.length > MESSAGE_LIMITS.actionRows) {
    errors.add(["components"], {
      code: "BASE_TYPE_MAX_LENGTH",
      message: `Must be ${MESSAGE_LIMITS.actionRows} or fewer in length.`,
    });
  }
  const customIds = new Set<string>();
  components.forEach((row: unknown, i) => {
    if (!isRecord(row) || row.type !== 1 || !Array.isArray(row.components)) {
      errors.add(["components", i], {
        code: "UNION_TYPE_CHOICES",
        message: 'Value of field "type" must be one of (1,).',
      });
      return;
    }
    const children = row.components as unknown[];
    if (children.length === 0 || children.length > MESSAGE_LIMITS.rowComponents) {
      errors.add(["components", i, "components"], {
        code: children.length === 0 ? "BASE_TYPE_MIN_LENGTH" : "BASE_TYPE_MAX_LENGTH",
        message:
          children.length === 0
            ? "Must be 1 or more in length."
            : `Must be ${MESSAGE_LIMITS.rowComponents} or fewer in length.`,
      });
    }
    children.forEach((child: unknown, j) => {
      const path = ["components", i, "components", j];
      if (!isRecord(child)) return;
      if (child.type === 2) {
        errors.maxLength([...path, "label"], child.label, MESSAGE_LIMITS.buttonLabel);
        const isLink = child.style === 5;
        if (isLink && typeof child.url !== "string") {
          errors.add([...path, "url"], {
            code: "BASE_TYPE_REQUIRED",
            message: "This field is required",
          });
        }
        if (!isLink && child.style !== 6 && typeof child.custom_id !== "string") {
          errors.add([...path, "custom_id"], {
            code: "BASE_TYPE_REQUIRED",
            message: "This field is required",
          });
        }
        if (child.label === undefined && child.emoji === undefined) {
          errors.add([...path, "label"], {
            code: "BASE_TYPE_REQUIRED",
            message: "This field is required",
          });
        }
      } else if (child.type === 3 && Array.isArray(child.options)) {
        if (child.options.length > MESSAGE_LIMITS.selectOptions) {
          errors.add([...path, "options"], {
            code: "BASE_TYPE_MAX_LENGTH",
            message: `Must be ${MESSAGE_LIMITS.selectOptions} or fewer in length.`,
          });
        }
      }
      if (typeof child.custom_id === "string") {
        errors.maxLength([...path, "custom_id"], child.custom_id, MESSAGE_LIMITS.customId);
        if (customIds.has(child.custom_id)) {
          errors.add([...path, "custom_id"], {
            code: "COMPONENT_CUSTOM_ID_DUPLICATED",
            message: "Component custom id cannot be duplicated",
          });
        }
        customIds.add(child.custom_id);
      }
    });
  });
}

/** Checks a message create/edit body; returns Discord's `errors` tree, or null when it is valid. */
export function checkMessageBody(body: Record<string, unknown>): ErrorTree | null {
  const errors = new ErrorCollector();
  if (body.content !== undefined && body.content !== null && typeof body.content !== "string") {
    errors.add(["content"], { code: "BASE_TYPE_STRING", message: "Must be a string." });
  }
  errors.maxLength(["content"], body.content, MESSAGE_LIMITS.content);
  checkEmbeds(body.embeds, errors);
  checkComponents(body.components, errors);
  if (typeof body.nonce === "string") errors.maxLength(["nonce"], body.nonce, MESSAGE_LIMITS.nonce);
  const allowed = body.allowed_mentions;
  if (isRecord(allowed) && Array.isArray(allowed.parse)) {
    if (
      allowed.parse.includes("users") &&
      Array.isArray(allowed.users) &&
      allowed.users.length > 0
    ) {
      errors.add(["allowed_mentions"], {
        code: "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE",
        message: 'parse:["users"] and users: [ids...] are mutually exclusive.',
      });
    }
    if (
      allowed.parse.includes("roles") &&
      Array.isArray(allowed.roles) &&
      allowed.roles.length > 0
    ) {
      errors.add(["allowed_mentions"], {
        code: "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE",
        message: 'parse:["roles"] and roles: [ids...] are mutually exclusive.',
      });
    }
  }
  return errors.empty ? null : errors.tree;
}

/** True when a create body would make an empty message (Discord: 50006). */
export function isEmptyMessage(body: Record<string, unknown>): boolean {
  const has = (v: unknown) =>
    Array.isArray(v) ? v.length > 0 : typeof v === "string" && v.length > 0;
  return (
    !has(body.content) &&
    !has(body.embeds) &&
    !has(body.components) &&
    !has(body.attachments) &&
    !has(body.sticker_ids) &&
    body.poll === undefined
  );
}
