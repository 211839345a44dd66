/**
 * The screens reachable from the sidebar, in order. Each screen is a component taking the route's params.
 */
import type { Component } from 'svelte';
import About from './views/About.svelte';

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
}

export const screens: Screen[] = [{ name: 'about', label: 'About', component: About, inNav: true }];

export const defaultScreen = 'about';
