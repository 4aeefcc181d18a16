import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { BackupSection } from './BackupSection';
import { RetentionSection } from './RetentionSection';
import { SubjectSection } from './SubjectSection';

/** Administration → Data protection: backups, data-subject requests, retention. */
export function DataProtectionPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('privacy:page.title')}</PageHeading>
      <BackupSection />
      <SubjectSection />
      <RetentionSection />
    </>
  );
}
