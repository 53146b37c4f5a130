import { Body1, Title3 } from '@fluentui/react-components';
import { CATALOG } from '../catalog';

/**
 * The task pane's first face: what the add-in offers. Template loading and sheet checking come with
 * their own issues; the list below is read from the catalog, so it is never out of date.
 */
export function App() {
  return (
    <main style={{ padding: 16 }}>
      <Title3 as="h1">养老托育政策工具 careplan</Title3>
      <Body1 as="p">在单元格中输入 =CARE. 即可使用以下函数：</Body1>
      <ul>
        {CATALOG.map((f) => (
          <li key={f.name}>
            <code>CARE.{f.name}</code> {f.description.zh}
          </li>
        ))}
      </ul>
    </main>
  );
}
