import type { ContributionKind } from './contribution';

/**
 * Short, realistic things residents say, per theme of the example configuration, for the example
 * data ("voorbeeldgegevens"). Themes without texts here get a generic sentence with their label.
 */
export const EXAMPLE_TEXTS: Record<string, [ContributionKind, string][]> = {
  ontmoeten: [
    ['behoefte', 'Een plek waar je zonder afspraak koffie kunt drinken met buren.'],
    ['ervaring', 'Sinds het buurthuis korter open is, zie ik mijn buren bijna niet meer.'],
    ['idee', 'Een buurtbarbecue in de zomer, dan leer je elkaar kennen.'],
    ['knelpunt', 'Het buurthuis is ’s avonds dicht, juist als werkende mensen tijd hebben.'],
    ['mening', 'Er is genoeg te doen, maar niemand weet ervan.'],
    ['idee', 'Een bankje bij de speeltuin, dan blijven ouders even praten.'],
    ['belang', 'Ik wil dat mijn kinderen de buren kennen.'],
    ['ervaring', 'De kerstmarkt van vorig jaar bracht veel mensen samen.'],
  ],
  mantelzorg: [
    ['knelpunt', 'Ik zorg voor mijn moeder en heb geen tijd meer voor mezelf.'],
    ['behoefte', 'Iemand die een middag kan overnemen, zodat ik even weg kan.'],
    ['ervaring', 'Ik wist niet dat er een steunpunt voor mantelzorgers is.'],
    ['idee', 'Een koffieochtend voor mantelzorgers in het gemeenschapshuis.'],
    ['mening', 'Mantelzorgers worden vergeten als er plannen worden gemaakt.'],
    ['belang', 'Dat mijn vader thuis kan blijven wonen.'],
  ],
  'vrijwillige-inzet': [
    ['idee', 'Een lijst met klusjes waar buren elkaar mee kunnen helpen.'],
    ['ervaring', 'Ik help bij de voedselbank, maar we hebben te weinig mensen.'],
    ['knelpunt', 'Vrijwilligers stoppen omdat alles op dezelfde paar mensen neerkomt.'],
    ['behoefte', 'Korte klussen, niet meteen elke week vast.'],
    ['standpunt', 'Vrijwilligers verdienen meer waardering van de gemeente.'],
    ['idee', 'Jongeren kunnen helpen met boodschappen voor ouderen.'],
  ],
  eenzaamheid: [
    ['ervaring', 'Sinds mijn man is overleden spreek ik soms dagen niemand.'],
    ['behoefte', 'Iemand die af en toe langskomt voor een praatje.'],
    ['knelpunt', 'Ouderen durven niet te zeggen dat ze eenzaam zijn.'],
    ['idee', 'Een belrondje: buren bellen elkaar één keer per week.'],
    ['mening', 'Ook jongeren voelen zich eenzaam, daar praat niemand over.'],
    ['ervaring', 'Bij het samen eten op woensdag heb ik nieuwe vrienden gemaakt.'],
  ],
  gezondheid: [
    ['behoefte', 'Een wandelgroep voor mensen die niet goed ter been zijn.'],
    ['knelpunt', 'De huisarts is ver weg en de bus rijdt weinig.'],
    ['idee', 'Gratis sporten in het park voor iedereen uit de buurt.'],
    ['ervaring', 'Door de beweegles voel ik me fitter en minder alleen.'],
    ['mening', 'Er is te weinig hulp voor mensen met psychische klachten.'],
    ['belang', 'Gezond oud worden in mijn eigen buurt.'],
  ],
  armoede: [
    ['knelpunt', 'De boodschappen zijn duur, aan het eind van de maand is het op.'],
    ['ervaring', 'Ik schaamde me om hulp te vragen bij de schuldhulp.'],
    ['behoefte', 'Hulp bij formulieren, die zijn te moeilijk.'],
    ['idee', 'Een ruilkast voor kleding en speelgoed in de buurt.'],
    ['mening', 'Mensen weten niet waar ze recht op hebben.'],
    ['knelpunt', 'Sport en muziekles voor de kinderen kunnen we niet betalen.'],
  ],
  jeugd: [
    ['behoefte', 'Een plek voor jongeren waar ze mogen chillen zonder gedoe.'],
    ['knelpunt', 'Er is niets te doen voor tieners in de buurt.'],
    ['idee', 'Een voetbalkooi bij de school.'],
    ['ervaring', 'Het jongerenwerk deed veel goeds, maar is gestopt.'],
    ['mening', 'Jongeren worden te snel als overlast gezien.'],
    ['standpunt', 'Laat jongeren zelf meedenken over hun plek.'],
  ],
  veiligheid: [
    ['knelpunt', 'Het pad langs het park is ’s avonds slecht verlicht.'],
    ['ervaring', 'Ik voel me ’s avonds niet veilig bij het station.'],
    ['idee', 'Meer lantaarns en een buurtapp.'],
    ['mening', 'De wijkagent is bijna nooit te zien.'],
    ['behoefte', 'Drempels tegen het hard rijden in onze straat.'],
  ],
  wonen: [
    ['knelpunt', 'Er zijn geen betaalbare woningen voor jonge mensen.'],
    ['ervaring', 'Door de studentenhuizen is de straat veel veranderd.'],
    ['behoefte', 'Woningen waar ouderen kunnen blijven als ze minder goed kunnen lopen.'],
    ['idee', 'Een moestuin op het lege veld achter de flat.'],
    ['mening', 'De buurt wordt netter, maar het groen verdwijnt.'],
    ['knelpunt', 'Het onderhoud van de flat duurt maanden.'],
  ],
};

/** Places where meetings happen; the buurt's name is added. */
export const EXAMPLE_PLACES = [
  'Gemeenschapshuis',
  'Buurtcentrum',
  'Bibliotheek',
  'Basisschool',
  'Winkelcentrum',
  'Speeltuin',
  'Sporthal',
  'Kerkzaal',
];
