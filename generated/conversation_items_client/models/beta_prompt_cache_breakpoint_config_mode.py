from typing import Literal

BetaPromptCacheBreakpointConfigMode = Literal["explicit"]

BETA_PROMPT_CACHE_BREAKPOINT_CONFIG_MODE_VALUES: set[BetaPromptCacheBreakpointConfigMode] = {
    "explicit",
}


def check_beta_prompt_cache_breakpoint_config_mode(value: str) -> BetaPromptCacheBreakpointConfigMode:
    if value in BETA_PROMPT_CACHE_BREAKPOINT_CONFIG_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BETA_PROMPT_CACHE_BREAKPOINT_CONFIG_MODE_VALUES!r}")
