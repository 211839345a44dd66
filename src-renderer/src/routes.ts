/**
 * The screens reachable from the sidebar, in order. Each screen is a component taking the route's params.
 */
import type { Component } from 'svelte';
import About from './views/About.svelte';
import Applications from './views/Applications.svelte';
import Board from './views/Board.svelte';
import Companies from './views/Companies.svelte';
import Insights from './views/Insights.svelte';
import Spreadsheets from './views/Spreadsheets.svelte';
import Due from './views/Due.svelte';
import FollowUp from './views/FollowUp.svelte';
import ImportInvitation from './views/ImportInvitation.svelte';
import People from './views/People.svelte';
import Search from './views/Search.svelte';
import Settings from './views/Settings.svelte';

/** Every screen receives the route's parameters, whether it uses them or not. */
export interface ScreenProps {
  params: string[];
}

export interface Screen {
  name: string;
  label: string;
  component: Component<ScreenProps>;
  /** Shown in the sidebar. Detail screens (an application, an editor) are reached from other screens. */
  inNav: boolean;
  /** The sidebar entry to mark as current while this screen shows. */
  navAs?: string;
}

export const screens: Screen[] = [
  { name: 'due', label: 'Due', component: Due, inNav: true },
  { name: 'board', label: 'Board', component: Board, inNav: true },
  { name: 'applications', label: 'Applications', component: Applications, inNav: true },
  { name: 'companies', label: 'Companies', component: Companies, inNav: true },
  { name: 'people', label: 'People', component: People, inNav: true },
  { name: 'insights', label: 'Insights', component: Insights, inNav: true },
  { name: 'search', label: 'Search', component: Search, inNav: true },
  { name: 'settings', label: 'Settings', component: Settings, inNav: true },
  { name: 'followup', label: 'Follow-up', component: FollowUp, inNav: false, navAs: 'due' },
  { name: 'import', label: 'Import invitation', component: ImportInvitation, inNav: false, navAs: 'due' },
  { name: 'spreadsheets', label: 'Import or export CSV', component: Spreadsheets, inNav: false, navAs: 'board' },
  { name: 'about', label: 'About', component: About, inNav: true },
];

export const defaultScreen = 'due';
