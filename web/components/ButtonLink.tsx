import { Button, type ButtonProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import { type AnchorHTMLAttributes, forwardRef } from 'react';

type ButtonAnchorProps = ButtonProps & AnchorHTMLAttributes<HTMLAnchorElement>;

const ButtonAnchor = forwardRef<HTMLAnchorElement, ButtonAnchorProps>((props, ref) => (
  <Button component="a" ref={ref} {...props} />
));
ButtonAnchor.displayName = 'ButtonAnchor';

/**
 * A Mantine button that navigates like a router link. Mantine's polymorphic `component={Link}`
 * loses the router's typing of `search` and `params`; `createLink` keeps them checked.
 */
export const ButtonLink = createLink(ButtonAnchor);
