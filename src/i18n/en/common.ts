import type { common as nl } from '../nl/common';

export const common: Record<keyof typeof nl, string> = {
  'app.name': 'Buurtstem',
  'app.tagline': 'Hear what residents say, even without internet',
  'app.skipToContent': 'Skip to content',
  'app.loading': 'Loading…',
  'app.error': 'Something went wrong. Your data is saved. Reload the page.',
  'nav.label': 'Main menu',
  'nav.meetings': 'Meetings',
  'nav.exchange': 'Exchange',
  'nav.coordinator': 'Overview',
  'nav.settings': 'Settings',
  'nav.notFound': 'This page does not exist.',
  'nav.toHome': 'Go to meetings',
  'lang.label': 'Language',
  'lang.nl': 'Nederlands',
  'lang.en': 'English',
  'action.save': 'Save',
  'action.cancel': 'Cancel',
  'action.back': 'Back',
  'action.delete': 'Delete',
  'action.undo': 'Undo',
  'action.edit': 'Edit',
  'action.close': 'Close',
  'action.add': 'Add',
  'status.offlineReady': 'Ready to use without internet',
  'status.offlineNotReady': 'Not yet ready to use without internet',
  'status.offline': 'No internet — everything is kept on this device',
  'status.update': 'A new version of Buurtstem is available.',
  'status.updateNow': 'Update now',
  'status.updateLater': 'Later',
  'status.updateWaits': 'You can update once the meeting is closed and everything is saved.',
  'storage.persisted': 'Data is kept permanently on this device.',
  'storage.notPersisted':
    'Note: the browser may erase the data when the device runs full. Export regularly, or install the app.',
  'storage.homeScreen':
    'Note: Safari may erase the data when the app has not been used for 7 days. Add Buurtstem to the home screen: tap Share (the square with the arrow), then ‘Add to Home Screen’. Then open the app from the home screen.',
  'storage.homeScreenDone':
    'Buurtstem is on the home screen: Safari does not erase the data after a while without use. Still export regularly.',
  'storage.firefoxAllow':
    'Note: Firefox does not keep the data for good yet. Tap ‘Keep data’ and choose ‘Allow’ when Firefox asks.',
  'storage.firefoxButton': 'Keep data',
  'storage.exportOverdue':
    'Changes have been only on this device for {days} days. Export them now, so they are not lost.',
  'storage.nearlyFull': 'The device is nearly full: {used} of {quota} used. Export and clean up.',
  'storage.full':
    'The device is full. Your text is still below; nothing is lost. Export, clean up and try again.',
  'storage.usage': '{used} of {quota} used',
  'error.invalid': 'Not right yet:',
  'form.required': 'required',
  'form.optional': 'optional',
  'unit.mb': '{n} MB',
};
