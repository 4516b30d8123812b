import { expect, type Locator, type Page } from '@playwright/test';

/** The table view as a user sees it: a sortable table of countries, with the country panel beside it. */
export class TablePage {
  readonly region: Locator;
  readonly table: Locator;
  /** Body rows only: the ones that start with a country's row header. */
  readonly rows: Locator;
  readonly rowHeaders: Locator;
  readonly columnHeaders: Locator;
  readonly panel: Locator;
  readonly panelHeading: Locator;
  readonly viewTabs: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Table of countries' });
    this.table = this.region.getByRole('table', { name: /countries the \d+ articles mention/ });
    this.rowHeaders = this.table.getByRole('rowheader');
    this.rows = this.table.getByRole('row').filter({ has: page.getByRole('rowheader') });
    this.columnHeaders = this.table.getByRole('columnheader');
    this.panel = page.getByRole('complementary');
    this.panelHeading = this.panel.getByRole('heading', { level: 2 });
    this.viewTabs = page.getByRole('navigation', { name: 'Views' });
  }

  async goto(search = '?view=table') {
    await this.page.goto(`/${search}`);
    await expect(this.rows.first()).toBeVisible();
  }

  viewTab(name: 'Map' | 'Table' | 'Sources'): Locator {
    return this.viewTabs.getByRole('button', { name });
  }

  /** A sortable column's header cell, by the exact name of its button. */
  columnHeader(name: string): Locator {
    return this.columnHeaders.filter({ has: this.page.getByRole('button', { name, exact: true }) });
  }

  sortButton(name: string): Locator {
    return this.columnHeader(name).getByRole('button', { name, exact: true });
  }

  countryButton(name: string): Locator {
    return this.rowHeaders.getByRole('button', { name, exact: true });
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('button', { name, exact: true }) });
  }

  /** A row's data cells, after its country header: what it is, naming articles, quotes, then one per report, then one per article. */
  cells(name: string): Locator {
    return this.row(name).getByRole('cell');
  }

  /** Country names, top to bottom. */
  countryOrder(): Promise<string[]> {
    return this.rowHeaders.allTextContents();
  }

  /** The second header row, left to right: one header per report, named by its edition, then one per article, named by its outlet. */
  subHeaders(): Locator {
    return this.table.getByRole('row').nth(1).getByRole('columnheader');
  }

  /** The header over a group of columns: "Named in each report", "Quotes in each article". */
  groupHeader(name: string): Locator {
    return this.table.getByRole('row').first().getByRole('columnheader', { name, exact: true });
  }
}
