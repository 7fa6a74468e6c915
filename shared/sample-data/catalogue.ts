import type { ProfileKind } from '../domain/proposal';

// The vocabulary of the sample: profiles, job categories with their skills and title parts.

export interface SampleProfile {
  name: string;
  kind: ProfileKind;
  /** Skills on the profile: jobs asking for them are "relevant" and convert better. */
  skills: readonly string[];
  /** How often this profile is used, relative to the others. */
  share: number;
}

export const SAMPLE_PROFILES: readonly SampleProfile[] = [
  { name: 'General', kind: 'general', skills: ['JavaScript', 'React', 'Node.js', 'WordPress', 'CSS'], share: 5 },
  {
    name: 'React specialist',
    kind: 'specialized',
    skills: ['React', 'TypeScript', 'Next.js', 'Redux', 'Tailwind CSS', 'REST API'],
    share: 3,
  },
  {
    name: 'Data dashboards',
    kind: 'specialized',
    skills: ['Python', 'Data Visualization', 'D3.js', 'Power BI', 'SQL', 'Pandas'],
    share: 2,
  },
];

export interface SampleCategory {
  name: string;
  skills: readonly string[];
  subjects: readonly string[];
  share: number;
}

export const SAMPLE_CATEGORIES: readonly SampleCategory[] = [
  {
    name: 'Front-End Development',
    skills: ['React', 'TypeScript', 'JavaScript', 'CSS', 'Tailwind CSS', 'Next.js', 'Redux', 'Vue.js'],
    subjects: ['React dashboard', 'landing page', 'admin panel', 'design system', 'checkout flow', 'booking widget'],
    share: 6,
  },
  {
    name: 'Full Stack Development',
    skills: ['React', 'Node.js', 'TypeScript', 'PostgreSQL', 'REST API', 'Next.js', 'Docker'],
    subjects: ['SaaS MVP', 'customer portal', 'marketplace', 'internal tool', 'API integration'],
    share: 4,
  },
  {
    name: 'Data Visualization',
    skills: ['Data Visualization', 'D3.js', 'Python', 'Power BI', 'Tableau', 'SQL'],
    subjects: ['sales dashboard', 'KPI report', 'interactive chart', 'analytics dashboard'],
    share: 3,
  },
  {
    name: 'Data Analysis',
    skills: ['Python', 'Pandas', 'SQL', 'Excel', 'Data Visualization'],
    subjects: ['data cleanup', 'survey analysis', 'financial model', 'ETL script'],
    share: 2,
  },
  {
    name: 'WordPress',
    skills: ['WordPress', 'PHP', 'CSS', 'WooCommerce', 'Elementor'],
    subjects: ['WooCommerce store', 'theme fix', 'site speed-up', 'plugin customization'],
    share: 3,
  },
  {
    name: 'Mobile Development',
    skills: ['React Native', 'TypeScript', 'Flutter', 'Firebase', 'iOS'],
    subjects: ['fitness app', 'delivery app', 'MVP mobile app', 'app bug fixes'],
    share: 2,
  },
];

export const SAMPLE_CLIENTS = [
  'a logistics startup',
  'a dental clinic',
  'an e-commerce brand',
  'a real estate agency',
  'a fintech company',
  'a nonprofit',
  'a marketing agency',
  'a SaaS founder',
  'a university lab',
  'a travel company',
  'a restaurant group',
  'a healthcare provider',
] as const;

export const SAMPLE_COUNTRIES = [
  ['United States', 40],
  ['United Kingdom', 10],
  ['Canada', 7],
  ['Australia', 7],
  ['Germany', 6],
  ['Netherlands', 3],
  ['India', 5],
  ['United Arab Emirates', 4],
  ['Israel', 3],
  ['France', 3],
] as const;
