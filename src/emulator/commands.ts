/**
 * Checks an application command definition the way Discord does on registration; returns Discord's
 * `errors` tree (for a 400 50035 "Invalid Form Body"), or null when it is valid.
 */
export function checkCommandBody(body: unknown): Record<string, unknown> | null {
  const errors: Record<string, unknown> = {};
  const fail = (path: Array<string | number>, code: string, message: string) => {
    let node = errors;
    for (const key of path) {
      node[key] = (node[key] as Record<string, unknown> | undefined) ?? {};
      node = node[key] as Record<string, unknown>;
    }
    node._errors = [{ code, message }];
  };
  if (!isRecord(body)) {
    fail([], "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType");
    return errors;
  }
  const type = typeof body.type === "number" ? body.type : 1;
  const checkName = (path: Array<string | number>, name: unknown) => {
    if (typeof name !== "string" || !/^[-_'\p{L}\p{N}]{1,32}$/u.test(name)) {
      fail(path, "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid");
    } else if (name !== name.toLowerCase()) {
      fail(path, "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid");
    }
  };
  const checkDescription = (path: Array<string | number>, description: unknown) => {
    if (typeof description !== "string" || description.length < 1 || description.length > 100) {
      fail(path, "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
    }
  };
  if (type === 1) {
    checkName(["name"], body.name);
  } else if (typeof body.name !== "string" || body.name.length < 1 || body.name.length > 32) {
    // Context menu command names may hold capitals and spaces.
    fail(["name"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 32 in length.");
  }
  if (type === 1) checkDescription(["description"], body.description);
  const checkOptions = (options: unknown, path: Array<string | number>) => {
    if (options === undefined) return;
    if (!Array.isArray(options)) return fail(path, "BASE_TYPE_ARRAY", "Must be an array.");
    if (options.length > 25) fail(path, "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
    const names = new Set<string>();
    let sawOptional = false;
    options.forEach((option: unknown, i) => {
      if (!isRecord(option)) return;
      checkName([...path, i, "name"], option.name);
      checkDescription([...path, i, "description"], option.description);
      if (typeof option.name === "string") {
        if (names.has(option.name))
          fail(
            [...path, i, "name"],
            "APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS",
            "Option name already exists",
          );
        names.add(option.name);
      }
      if (option.required === true && sawOptional) {
        fail(
          [...path, i, "required"],
          "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
          "Required options must be placed before non-required options",
        );
      }
      if (option.required !== true && option.type !== 1 && option.type !== 2) sawOptional = true;
      if (Array.isArray(option.choices) && option.choices.length > 25) {
        fail([...path, i, "choices"], "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
      }
      if (
        option.autocomplete === true &&
        Array.isArray(option.choices) &&
        option.choices.length > 0
      ) {
        fail(
          [...path, i, "autocomplete"],
          "APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_WITH_CHOICES",
          "Autocomplete cannot be used with choices",
        );
      }
      if (option.type === 1 || option.type === 2)
        checkOptions(option.options, [...path, i, "options"]);
    });
  };
  checkOptions(body.options, ["options"]);
  return Object.keys(errors).length > 0 ? errors : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
