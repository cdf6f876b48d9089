/** The theme switch (light, dark, follow the system). */
export default {
  'theme.label': 'Tema',
  'theme.light': 'Terang',
  'theme.dark': 'Gelap',
  'theme.auto': 'Ikuti sistem',
  'theme.toggle': 'Ganti tema',
} as const;
