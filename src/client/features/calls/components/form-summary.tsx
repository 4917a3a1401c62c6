import { Tag, Typography } from 'antd';
import type { FieldDefinition, FormVariant, SectionDefinition } from '../../../../shared/calls/template.schemas.js';
import { callsStrings as s } from '../calls.strings.js';

const mediaTypeNames: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
};

const wordLimitsOf = (fields: FieldDefinition[]) =>
  fields.filter((field) => field.maxChars).map((field) => s.wordLimit(field.title, field.maxChars ?? 0));

function describeSection(section: SectionDefinition): { kind: string; limits: string[] } {
  if (section.kind === 'fields')
    return { kind: s.sectionFields(section.fields.length), limits: wordLimitsOf(section.fields) };
  if (section.kind === 'table') {
    const kind = section.yearRows
      ? s.sectionYearRows(section.yearRows)
      : section.minRows > 0 || section.maxRows
        ? s.sectionTableRows(section.minRows, section.maxRows)
        : s.sectionTable;
    return { kind, limits: wordLimitsOf(section.columns) };
  }
  const kind = [
    s.sectionScenarios(section.minItems),
    ...(section.maxChars ? [s.scenarioTotalLimit(section.maxChars)] : []),
    ...(section.allowCustom ? [s.customAllowed] : []),
  ].join('；');
  return {
    kind,
    limits: section.sections.flatMap((sub) => wordLimitsOf(sub.kind === 'fields' ? sub.fields : sub.columns)),
  };
}

/** What the call's form asks for: its sections with their word limits, and the attachments to upload. */
export function FormSummary({ form, headingId }: { form: FormVariant; headingId: string }) {
  return (
    <>
      <Typography.Paragraph className="section-intro">
        {s.formStructureIntro(form.title, form.version)}
      </Typography.Paragraph>
      <ol className="form-summary">
        {form.sections.map((section) => {
          const { kind, limits } = describeSection(section);
          return (
            <li key={section.key}>
              <span className="form-summary-title">{section.title}</span>
              <span className="form-summary-kind">{kind}</span>
              {limits.length > 0 && (
                <p className="form-summary-limits">
                  {s.wordLimits}
                  {limits.join('；')}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <Typography.Title level={3} id={`${headingId}-attachments`} className="section-heading-small">
        {s.attachments}
      </Typography.Title>
      {form.attachments.length === 0 ? (
        <p>{s.noAttachments}</p>
      ) : (
        <ul className="attachment-requirements" aria-labelledby={`${headingId}-attachments`}>
          {form.attachments.map((attachment) => (
            <li key={attachment.kind}>
              <Tag className={attachment.required ? 'attachment-required' : 'attachment-optional'}>
                {attachment.required ? s.required : s.optional}
              </Tag>
              <span className="attachment-title">{attachment.title}</span>
              <span className="attachment-format">
                {s.attachmentFormat(
                  attachment.accept.map((type) => mediaTypeNames[type] ?? type).join(' / '),
                  Math.round(attachment.maxBytes / 1024 / 1024),
                )}
              </span>
              {attachment.help && <span className="attachment-help">{attachment.help}</span>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
