import type { Locator, Page } from '@playwright/test';

/** The "Find a country" box above the map: a combobox and the list of countries it offers. */
export class SearchBox {
  readonly region: Locator;
  readonly input: Locator;
  readonly listbox: Locator;
  readonly options: Locator;
  readonly noMatch: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('search', { name: 'Find a country' });
    this.input = page.getByRole('combobox', { name: 'Find a country' });
    this.listbox = page.getByRole('listbox', { name: 'Find a country' });
    this.options = this.listbox.getByRole('option');
    this.noMatch = this.region.getByRole('status').filter({ hasText: 'No country matches' });
  }

  /** The option for a country, by its name; the hint follows it ("New Zealand, named by 3 articles"). */
  option(name: string, hint?: string): Locator {
    return this.listbox.getByRole('option', { name: optionName(name, hint) });
  }

  /** The option the input points at with aria-activedescendant. */
  highlighted(): Locator {
    return this.listbox.locator('[role="option"][aria-selected="true"]');
  }

  async type(text: string) {
    await this.input.fill(text);
  }
}

/** An option's accessible name: its country, a comma (some engines space it off) and, if given, the hint. */
export function optionName(name: string, hint?: string): RegExp {
  return new RegExp(`^${name}\\s?,\\s${hint === undefined ? '' : `${hint}$`}`);
}
